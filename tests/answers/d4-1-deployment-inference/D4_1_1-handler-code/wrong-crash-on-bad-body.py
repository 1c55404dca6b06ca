def handle(model, method, path, content_type, body):
    if method == "GET" and path == "/ping":
        return 200, "text/plain", b""
    if method != "POST" or path != "/invocations":
        return 404, "text/plain", b""
    if content_type == "text/csv":
        X = np.array([[float(v) for v in ln.split(",")] for ln in body.decode().splitlines() if ln.strip()])
        return 200, "text/csv", "\n".join(str(int(p)) for p in model.predict(X))
    if content_type == "application/json":
        X = np.array(json.loads(body)["instances"], dtype=float)
        return 200, "application/json", json.dumps({"predictions": [int(p) for p in model.predict(X)]})
    return 415, "text/plain", b""
