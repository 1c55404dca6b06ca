def design_pipeline(req):
    # reason per dimension, then let the cost model settle the cheap choices
    ingest = [i for i in SPACE["ingestion"]
              if {"batch": C.BATCH_LATENCY_S, "firehose": C.FIREHOSE_LATENCY_S, "kds": C.KDS_LATENCY_S}[i] <= req["freshness_s"]]
    stores = ["online_offline_store"] if req["online"] else (["offline_store", "online_offline_store"] if req["models"] >= C.REUSE_MIN_MODELS else list(SPACE["store"]))
    gov = ["lake_formation"] if req["pii"] else list(SPACE["governance"])
    orch = [o for o in SPACE["orchestration"] if not (req["training"] and o == "glue_workflow")]
    options = [dict(ingestion=i, store=s, format=f, governance=g, orchestration=o)
               for i in ingest for s in stores for f in SPACE["format"] for g in gov for o in orch]
    return sorted(options, key=lambda d: design_cost(d, req))[0]
