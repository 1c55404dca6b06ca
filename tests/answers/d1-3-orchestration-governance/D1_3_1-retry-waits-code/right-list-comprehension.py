def retry_waits(retrier, rng=None):
    r = {"IntervalSeconds": 1, "MaxAttempts": 3, "BackoffRate": 2.0, **retrier}
    waits = [r["IntervalSeconds"] * r["BackoffRate"] ** k for k in range(r["MaxAttempts"])]
    if "MaxDelaySeconds" in r:
        waits = [min(w, r["MaxDelaySeconds"]) for w in waits]
    if r.get("JitterStrategy") == "FULL":
        waits = [w * rng.random() for w in waits]
    return waits
