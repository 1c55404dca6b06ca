"""Event logs for topic D1.1 (data storage and ingestion), seeded and small.

* ``make_d1_1_clickstream(seed)``: shop clickstream events over ``n_days`` days (the exercise's lake data).
* ``make_d1_1_rides(seed)``: ride-hailing trip events over ``n_days`` days (the lesson's lake data).
* ``make_d1_1_arrivals(seed)``: a bursty arrival log of records for a delivery stream (time in seconds and
  size in bytes), as a Firehose stream would receive them.
* ``make_d1_1_keys(seed)``: partition keys for a Kinesis stream, optionally with one hot key.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

EVENT_TYPES = ("view", "search", "add_to_cart", "purchase")
RIDE_TYPES = ("request", "accept", "start", "finish")


def _daily_frame(rng, n_events, n_days, start, kinds, weights):
    day = rng.integers(0, n_days, n_events)
    sec = rng.integers(0, 86_400, n_events)
    ts = pd.Timestamp(start) + pd.to_timedelta(day, unit="D") + pd.to_timedelta(sec, unit="s")
    order = np.argsort(ts.to_numpy(), kind="stable")
    ts = ts[order]
    kind = rng.choice(np.array(kinds), size=n_events, p=np.asarray(weights) / np.sum(weights))
    return ts, kind


def make_d1_1_clickstream(seed: int = 0, n_events: int = 6000, n_days: int = 30,
                          start: str = "2026-03-01") -> pd.DataFrame:
    """Clickstream events: event_id, ts, dt (the UTC day as 'YYYY-MM-DD'), user_id, event_type, amount."""
    rng = np.random.default_rng(seed)
    ts, kind = _daily_frame(rng, n_events, n_days, start, EVENT_TYPES, [60, 25, 10, 5])
    amount = np.where(kind == "purchase", np.round(rng.gamma(2.0, 30.0, n_events), 2), 0.0)
    return pd.DataFrame({
        "event_id": np.arange(n_events, dtype="int64") + 1_000_000 * (seed % 97),
        "ts": ts,
        "dt": ts.strftime("%Y-%m-%d"),
        "user_id": rng.integers(1, 800, n_events).astype("int64"),
        "event_type": kind.astype(str),
        "amount": amount,
    })


def make_d1_1_rides(seed: int = 0, n_events: int = 4000, n_days: int = 20,
                    start: str = "2026-01-10") -> pd.DataFrame:
    """Ride events: ride_id, ts, dt, city, event, fare."""
    rng = np.random.default_rng(seed)
    ts, kind = _daily_frame(rng, n_events, n_days, start, RIDE_TYPES, [40, 25, 20, 15])
    fare = np.where(kind == "finish", np.round(rng.gamma(3.0, 6.0, n_events), 2), 0.0)
    return pd.DataFrame({
        "ride_id": np.arange(n_events, dtype="int64"),
        "ts": ts,
        "dt": ts.strftime("%Y-%m-%d"),
        "city": rng.choice(np.array(["lisbon", "porto", "faro"]), n_events),
        "event": kind.astype(str),
        "fare": fare,
    })


def make_d1_1_arrivals(seed: int = 0, n: int = 3000, base_rate: float = 20.0, burst_rate: float = 400.0,
                       mean_bytes: int = 2048) -> pd.DataFrame:
    """Record arrivals: t (seconds since start, sorted) and bytes (record size), with quiet spells and bursts."""
    rng = np.random.default_rng(seed)
    times, t = [], 0.0
    while len(times) < n:
        rate = burst_rate if (int(t) // 120) % 4 == 1 else base_rate   # every 8 minutes, 2 busy minutes
        if rng.random() < 0.002:
            t += rng.uniform(200, 700)                                  # a quiet spell
        t += rng.exponential(1.0 / rate)
        times.append(t)
    size = np.clip(rng.lognormal(np.log(mean_bytes), 0.5, n), 100, 900_000).astype("int64")
    return pd.DataFrame({"t": np.round(np.array(times), 3), "bytes": size})


def make_d1_1_keys(seed: int = 0, n: int = 2000, n_keys: int = 500, hot_share: float = 0.0) -> list[str]:
    """Partition keys (customer ids as text); with hot_share > 0 that share of records uses one key."""
    rng = np.random.default_rng(seed)
    keys = [f"cust-{k:05d}" for k in rng.integers(0, n_keys, n)]
    hot = rng.random(n) < hot_share
    return [("cust-hot-00042" if h else k) for k, h in zip(keys, hot)]
