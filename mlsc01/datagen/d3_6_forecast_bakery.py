"""Point-of-sale lines of a small bakery chain, for the D3.6.5 forecasting tasks (seeded, no network).

``make_d3_6_bakery_sales(seed)`` returns one row per sale line (``sku``, ``sold_at`` with the time of day, ``units``),
shuffled, as a till system exports it: several lines per product and day, days without a sale (gaps), and
products that start selling on different days. ``make_d3_6_daily_demand(seed)`` returns one daily demand series
with a weekly pattern and noise, for quantile forecasts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

WEEKLY = np.array([0.8, 0.85, 0.9, 1.0, 1.25, 1.45, 0.75])   # Monday … Sunday


def make_d3_6_bakery_sales(seed: int = 0, n_items: int = 6, n_days: int = 84, start: str = "2026-03-02",
                           gap_share: float = 0.12) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    day0 = pd.Timestamp(start)
    rows = []
    for i in range(n_items):
        sku = f"SKU-{int(rng.integers(100, 999))}{chr(65 + i)}"
        first = int(rng.integers(0, 21)) if i else 0
        base = rng.uniform(4, 30)
        for d in range(first, n_days):
            if d > first and rng.random() < gap_share:
                continue                                        # no sale that day: a gap in the export
            date = day0 + pd.Timedelta(days=d)
            demand = int(rng.poisson(base * WEEKLY[date.dayofweek]))
            if demand == 0:
                continue
            n_lines = int(min(demand, rng.integers(1, 4)))
            cuts = np.sort(rng.choice(np.arange(1, demand), n_lines - 1, replace=False)) if n_lines > 1 else []
            for units in np.diff(np.r_[0, cuts, demand]):
                minute = int(rng.integers(7 * 60, 19 * 60))
                rows.append((sku, date + pd.Timedelta(minutes=minute), int(units)))
    df = pd.DataFrame(rows, columns=["sku", "sold_at", "units"])
    return df.sample(frac=1.0, random_state=seed).reset_index(drop=True)


def make_d3_6_daily_demand(seed: int = 0, n_days: int = 182, level: float = 120.0, m: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    pattern = rng.uniform(0.7, 1.4, m)
    t = np.arange(n_days)
    trend = 1 + rng.uniform(-0.001, 0.002) * t
    mean = level * pattern[t % m] * trend
    return np.maximum(0.0, np.round(mean + rng.normal(0, 0.12 * level, n_days)))
