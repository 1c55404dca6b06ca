def handle(model, method, path, content_type, body):
    if path == "/ping":
        return 200, "text/plain", b""
    if path != "/invocations":
        return 404, "text/plain", b""
    try:
        if content_type == "text/csv":
            X = np.array([[float(v) for v in ln.split(",")] for ln in body.decode().splitlines() if ln.strip()])
        elif content_type == "application/json":
            X = np.array(json.loads(body)["instances"], dtype=float)
        else:
            return 415, "text/plain", b""
        if X.ndim != 2 or len(X) == 0:
            return 400, "text/plain", b""
        pred = [int(p) for p in model.predict(X)]
    except (ValueError, KeyError, TypeError):
        return 400, "text/plain", b""
    if content_type == "text/csv":
        return 200, "text/csv", "\n".join(map(str, pred))
    return 200, "application/json", json.dumps({"predictions": pred})
