def design_pipeline(req):
    # always the most capable design: feasible, but often far too expensive
    return {"ingestion": "kds", "store": "online_offline_store", "format": "parquet",
            "governance": "lake_formation", "orchestration": "step_functions"}
