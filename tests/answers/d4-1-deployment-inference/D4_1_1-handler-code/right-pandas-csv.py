def handle(model, method, path, content_type, body):
    import io
    route = (method, path)
    if route == ("GET", "/ping"):
        return 200, "text/plain", "healthy"
    if route != ("POST", "/invocations"):
        return 404, "text/plain", ""
    if content_type not in ("text/csv", "application/json"):
        return 415, "text/plain", ""
    try:
        if content_type == "text/csv":
            X = pd.read_csv(io.BytesIO(body), header=None).to_numpy(dtype=float)
        else:
            X = np.asarray(json.loads(body.decode())["instances"], dtype=float)
        if X.ndim != 2 or X.shape[0] == 0:
            raise ValueError("empty")
        y = [int(v) for v in model.predict(X)]
    except Exception:
        return 400, "text/plain", "bad input"
    if content_type == "text/csv":
        return 200, "text/csv", "".join(f"{v}\n" for v in y)
    return 200, "application/json", json.dumps({"predictions": y}).encode()
