def choose_ingestion(s):
    lat = s["latency_s"]
    rules = [(lat >= BATCH_MIN_LATENCY_S, "batch"),
             (s["consumer"] == "endpoint" or lat < STREAMING_MAX_LATENCY_S, "streaming")]
    return next((label for hit, label in rules if hit), "micro-batch")
