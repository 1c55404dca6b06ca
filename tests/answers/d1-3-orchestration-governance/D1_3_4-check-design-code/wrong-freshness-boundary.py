def check_design(design, req):
    # a latency equal to the requirement is counted as too slow
    lat = {"batch": C.BATCH_LATENCY_S, "firehose": C.FIREHOSE_LATENCY_S, "kds": C.KDS_LATENCY_S}[design["ingestion"]]
    out = set()
    if lat >= req["freshness_s"]:
        out.add("freshness")
    if req["pii"] and design["governance"] != "lake_formation":
        out.add("pii")
    if req["models"] >= C.REUSE_MIN_MODELS and design["store"] == "s3":
        out.add("reuse")
    if req["online"] and design["store"] != "online_offline_store":
        out.add("online")
    if req["training"] and design["orchestration"] == "glue_workflow":
        out.add("orchestration")
    return out
