def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def input_fn(body, content_type):
    if content_type == "application/json":
        rows = json.loads(body)["instances"]
        return np.array(rows, dtype=float).reshape(len(rows), -1)
    elif content_type == "text/csv":
        return pd.read_csv(io.StringIO(body), header=None).to_numpy(dtype=float)
    raise ValueError("unsupported: " + content_type)


def predict_fn(data, model):
    return model.predict_proba(np.asarray(data))[:, list(model.classes_).index(1)]


def output_fn(prediction, accept):
    if accept == "text/csv":
        return "\n".join(f"{p:.17g}" for p in prediction) + "\n"
    if accept == "application/json":
        return json.dumps({"predictions": np.asarray(prediction).tolist()})
    raise ValueError(accept)
