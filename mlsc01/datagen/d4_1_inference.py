"""Recorded load tests and traffic traces for the D4.1 deployment and inference lesson and exercise.

    >>> from mlsc01.datagen.d4_1_inference import make_load_log, make_traffic
    >>> log = make_load_log(seed=0)     # one row per request: concurrency, sent_s, done_s
    >>> trace = make_traffic(seed=0)    # invocations per minute over a day, with a spike

The load log is what a load-testing tool records against one instance: as concurrency grows, throughput rises
until the instance saturates, then only the latency grows (queueing). Fixed seeds: the same seed gives the same
numbers, so a grade computed from them is the same every time.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def make_load_log(seed: int = 0, levels=(1, 2, 4, 8, 16, 32), per_level: int = 200, service_ms: float = 9.0,
                  workers: int = 4) -> pd.DataFrame:
    """Per-request records of a closed-loop load test against one instance with ``workers`` parallel workers."""
    rng = np.random.default_rng(seed)
    rows, t0 = [], 0.0
    for level in levels:
        free = np.zeros(workers)                     # when each server worker is next free
        clients = np.full(int(level), t0)            # when each client sends its next request
        for _ in range(per_level):
            c = int(np.argmin(clients))
            sent = clients[c]
            w = int(np.argmin(free))
            start = max(sent, free[w])
            service = rng.lognormal(np.log(service_ms / 1000), 0.35)
            done = start + service + rng.uniform(0.0002, 0.0008)        # network and parsing
            free[w], clients[c] = start + service, done
            rows.append((int(level), round(sent, 6), round(done, 6)))
        t0 = float(max(clients.max(), free.max())) + 0.5
    return pd.DataFrame(rows, columns=["concurrency", "sent_s", "done_s"])


def make_traffic(seed: int = 0, minutes: int = 1440, base: float = 900.0, peak: float = 2600.0,
                 spike_at: int | None = None, spike: float = 3.0) -> np.ndarray:
    """Integer invocations per minute: a diurnal curve, Poisson noise and a short spike (``spike`` × for 20 min)."""
    rng = np.random.default_rng(seed)
    t = np.arange(minutes)
    level = base + (peak - base) * 0.5 * (1 - np.cos(2 * np.pi * (t - 180) / 1440))
    at = int(rng.integers(minutes // 3, 2 * minutes // 3)) if spike_at is None else spike_at
    level[at:at + 20] *= spike
    return rng.poisson(level).astype(int)
