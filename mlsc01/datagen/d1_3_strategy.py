"""The D1.3.4 design space and its taught cost model: choose how one feature group is ingested, stored,
formatted, governed and orchestrated.

A *requirement set* (one feature group) is a dict::

    {"freshness_s": 600,        # the newest record must be usable within this many seconds
     "pii": True,               # the group holds personal data
     "models": 3,               # how many models read these features
     "online": False,           # some model reads them at inference time (low-latency lookups)
     "gb_per_day": 20.0,        # new data a day
     "queries_per_day": 40,     # ad-hoc Athena queries a day (each reads the last 7 days)
     "training": True}          # the pipeline also trains a model

A *design* picks one value per dimension of ``SPACE``.  ``design_cost(design, req)`` is the monthly cost
in illustrative dollars (not current AWS prices); the hard constraints are taught in the lesson and written
by the learner.  ``random_requirements(rng)`` draws requirement sets like the graders'.
"""

from __future__ import annotations

import itertools

SPACE = {
    "ingestion": ("batch", "firehose", "kds"),
    "store": ("s3", "offline_store", "online_offline_store"),
    "format": ("csv", "parquet"),
    "governance": ("iam_only", "lake_formation"),
    "orchestration": ("step_functions", "sagemaker_pipelines", "glue_workflow"),
}

# Illustrative monthly prices (dollars), chosen so that the trade-offs are real; not AWS's price list.
PRICES = {
    "ingestion_fixed": {"batch": 2.0, "firehose": 0.0, "kds": 30.0},
    "ingestion_per_gb": {"batch": 0.01, "firehose": 0.03, "kds": 0.015},
    "storage_per_gb_month": 0.023,
    "store_fixed": {"s3": 0.0, "offline_store": 5.0, "online_offline_store": 25.0},
    "online_per_gb": 0.25,
    "scan_per_gb": 0.005,
    "parquet_scan_share": 0.2,
    "parquet_convert_per_gb": 0.02,
    "lake_formation_fixed": 3.0,
    "orchestration": {"step_functions": 4.0, "sagemaker_pipelines": 2.0, "glue_workflow": 1.0},
    "orchestration_no_training": {"sagemaker_pipelines": 6.0},
}


def all_designs():
    """Every design of the space (3 × 3 × 2 × 2 × 3 = 108), as dicts."""
    keys = list(SPACE)
    return [dict(zip(keys, combo)) for combo in itertools.product(*SPACE.values())]


def design_cost(design: dict, req: dict) -> float:
    """Monthly cost (illustrative dollars) of ``design`` for requirement set ``req``."""
    p = PRICES
    gb_month = 30.0 * req["gb_per_day"]
    cost = p["ingestion_fixed"][design["ingestion"]] + p["ingestion_per_gb"][design["ingestion"]] * gb_month
    cost += p["storage_per_gb_month"] * gb_month + p["store_fixed"][design["store"]]
    if design["store"] == "online_offline_store":
        cost += p["online_per_gb"] * gb_month
    scanned = 30.0 * req["queries_per_day"] * 7.0 * req["gb_per_day"]
    if design["format"] == "parquet":
        cost += p["parquet_scan_share"] * scanned * p["scan_per_gb"] + p["parquet_convert_per_gb"] * gb_month
    else:
        cost += scanned * p["scan_per_gb"]
    if design["governance"] == "lake_formation":
        cost += p["lake_formation_fixed"]
    orch = design["orchestration"]
    if not req["training"] and orch in p["orchestration_no_training"]:
        cost += p["orchestration_no_training"][orch]
    else:
        cost += p["orchestration"][orch]
    return round(cost, 6)


def random_requirements(rng) -> dict:
    """One requirement set drawn with a numpy Generator."""
    return {"freshness_s": int(rng.choice([1, 5, 60, 300, 600, 3600, 86_400, 172_800])),
            "pii": bool(rng.random() < 0.5),
            "models": int(rng.integers(1, 5)),
            "online": bool(rng.random() < 0.35),
            "gb_per_day": float(round(rng.choice([0.5, 2.0, 10.0, 50.0, 200.0]) * rng.uniform(0.8, 1.2), 2)),
            "queries_per_day": int(rng.choice([0, 2, 10, 50, 200])),
            "training": bool(rng.random() < 0.6)}
