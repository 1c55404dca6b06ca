"""Endpoint load tests for right-sizing (D4.4): p99 latency per instance type at stepped request rates.

``make_load_tests(seed)`` returns one row per (instance type, step) with ``instance_type``, ``rps`` (requests
per second sent to ONE instance) and ``p99_ms``, as a load test of a single-instance endpoint reports them
(SageMaker Inference Recommender's load tests report the same quantities). Latency follows a queueing
curve that rises sharply as the load nears the instance's capacity, plus seeded noise, so the highest rate
that meets a p99 target differs by type and by seed. ``ILLUSTRATIVE_PRICES`` is a made-up on-demand price
table in USD per instance-hour: it is **not** AWS's price list (see the SageMaker AI pricing page for that).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# Illustrative USD per instance-hour; shape of a real price list (bigger and GPU cost more), not its values.
ILLUSTRATIVE_PRICES = {
    "ml.c5.large": 0.10,
    "ml.c5.xlarge": 0.20,
    "ml.c5.2xlarge": 0.40,
    "ml.m5.xlarge": 0.23,
    "ml.m5.2xlarge": 0.46,
    "ml.g4dn.xlarge": 1.60,
}

# (capacity in requests/s per instance, base latency in ms) per type; the seed perturbs both
_PROFILE = {
    "ml.c5.large": (60, 22.0),
    "ml.c5.xlarge": (125, 20.0),
    "ml.c5.2xlarge": (240, 19.0),
    "ml.m5.xlarge": (115, 21.0),
    "ml.m5.2xlarge": (225, 20.0),
    "ml.g4dn.xlarge": (900, 9.0),
}


def make_load_tests(seed: int = 0, types: tuple[str, ...] | None = None, step: int = 10) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for t in types or tuple(_PROFILE):
        cap, base = _PROFILE[t]
        cap = cap * rng.uniform(0.8, 1.2)
        base = base * rng.uniform(0.85, 1.15)
        top = int(cap * 1.1 // step + 1) * step
        for rps in range(step, top + 1, step):
            rho = min(rps / cap, 0.995)
            p99 = base * (1 + 4.6 * rho / (1 - rho)) * rng.uniform(0.97, 1.03)
            rows.append((t, rps, round(float(p99), 1)))
    return pd.DataFrame(rows, columns=["instance_type", "rps", "p99_ms"])
