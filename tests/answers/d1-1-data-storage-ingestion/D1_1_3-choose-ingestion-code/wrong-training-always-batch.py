def choose_ingestion(s):
    if s["latency_s"] >= BATCH_MIN_LATENCY_S or s["consumer"] == "training":
        return "batch"
    if s["consumer"] == "endpoint" or s["latency_s"] < STREAMING_MAX_LATENCY_S:
        return "streaming"
    return "micro-batch"
