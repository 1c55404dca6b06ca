def check_design(design, req):
    lat = dict(batch=C.BATCH_LATENCY_S, firehose=C.FIREHOSE_LATENCY_S, kds=C.KDS_LATENCY_S)[design["ingestion"]]
    rules = {
        "freshness": lat > req["freshness_s"],
        "pii": req["pii"] and design["governance"] == "iam_only",
        "reuse": req["models"] > C.REUSE_MIN_MODELS - 1 and design["store"] == "s3",
        "online": req["online"] and design["store"] in ("s3", "offline_store"),
        "orchestration": req["training"] and design["orchestration"] == "glue_workflow",
    }
    return {name for name, broken in rules.items() if broken}
