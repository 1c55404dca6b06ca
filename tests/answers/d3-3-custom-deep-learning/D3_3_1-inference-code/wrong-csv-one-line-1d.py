def model_fn(model_dir):
    return joblib.load(Path(model_dir) / "model.joblib")


def input_fn(body, content_type):
    if content_type == "text/csv":
        return np.loadtxt(io.StringIO(body), delimiter=",")
    if content_type == "application/json":
        return np.asarray(json.loads(body)["instances"], dtype=float)
    raise ValueError(content_type)


def predict_fn(data, model):
    return model.predict_proba(data)[:, 1]


def output_fn(prediction, accept):
    if accept == "application/json":
        return json.dumps({"predictions": [float(p) for p in prediction]})
    if accept == "text/csv":
        return "\n".join(str(float(p)) for p in prediction)
    raise ValueError(accept)
