def retry_waits(retrier, rng=None):
    waits = [retrier.get("IntervalSeconds", 1) * retrier.get("BackoffRate", 2.0) ** k for k in range(retrier.get("MaxAttempts", 3))]
    if retrier.get("JitterStrategy") == "FULL":
        waits = [rng.uniform(0, w) for w in waits]
    return waits
