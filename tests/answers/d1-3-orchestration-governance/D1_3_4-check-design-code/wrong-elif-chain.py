def check_design(design, req):
    # reports only the first broken rule
    lat = {"batch": C.BATCH_LATENCY_S, "firehose": C.FIREHOSE_LATENCY_S, "kds": C.KDS_LATENCY_S}[design["ingestion"]]
    if lat > req["freshness_s"]:
        return {"freshness"}
    elif req["pii"] and design["governance"] != "lake_formation":
        return {"pii"}
    elif req["models"] >= C.REUSE_MIN_MODELS and design["store"] == "s3":
        return {"reuse"}
    elif req["online"] and design["store"] != "online_offline_store":
        return {"online"}
    elif req["training"] and design["orchestration"] == "glue_workflow":
        return {"orchestration"}
    return set()
