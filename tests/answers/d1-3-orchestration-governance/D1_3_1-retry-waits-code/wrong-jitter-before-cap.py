def retry_waits(retrier, rng=None):
    out = []
    for k in range(retrier.get("MaxAttempts", 3)):
        w = retrier.get("IntervalSeconds", 1) * retrier.get("BackoffRate", 2.0) ** k
        if retrier.get("JitterStrategy") == "FULL":
            w = rng.uniform(0, w)
        if "MaxDelaySeconds" in retrier:
            w = min(w, retrier["MaxDelaySeconds"])
        out.append(w)
    return out
