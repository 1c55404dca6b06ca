def retry_waits(retrier, rng=None):
    # multiplies the first wait by BackoffRate already
    i, n, b = retrier.get("IntervalSeconds", 1), retrier.get("MaxAttempts", 3), retrier.get("BackoffRate", 2.0)
    return [i * b ** (k + 1) for k in range(n)]
