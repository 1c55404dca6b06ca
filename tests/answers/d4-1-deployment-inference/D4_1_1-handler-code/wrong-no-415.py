def handle(model, method, path, content_type, body):
    if method == "GET" and path == "/ping":
        return 200, "text/plain", b""
    if method != "POST" or path != "/invocations":
        return 404, "text/plain", b""
    try:
        if content_type == "application/json":
            X = np.array(json.loads(body)["instances"], dtype=float)
            return 200, "application/json", json.dumps({"predictions": [int(p) for p in model.predict(X)]})
        lines = [ln for ln in body.decode().splitlines() if ln.strip()]
        X = np.array([[float(v) for v in ln.split(",")] for ln in lines])
        if len(X) == 0:
            return 400, "text/plain", b""
        return 200, "text/csv", "\n".join(str(int(p)) for p in model.predict(X))
    except (ValueError, KeyError, TypeError):
        return 400, "text/plain", b""
