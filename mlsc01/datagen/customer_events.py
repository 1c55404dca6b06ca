"""Customer feature snapshots that arrive out of order, and churn labels at random times.

Used by the D2.2 feature-store exercise::

    >>> from mlsc01.datagen.customer_events import make_customer_events
    >>> events, labels = make_customer_events(seed=0)

``events`` is in **arrival order**: mostly by event time, but about 10 % of the
rows arrive late (after rows with a later event time), as records do when a
mobile app syncs after being offline.  Within one customer, event times are
distinct.

events   customer_id (int), event_time (datetime64), spend_30d (float), orders_30d (int),
         tier (str: "bronze" / "silver" / "gold")
labels   label_id (int, unique), customer_id (int), label_time (datetime64), churned (int 0/1)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

START = pd.Timestamp("2024-03-01")


def make_customer_events(seed: int = 0, n_customers: int = 40, days: int = 60, n_labels: int = 150,
                         late_fraction: float = 0.1):
    """``(events, labels)`` drawn with ``np.random.default_rng(seed)``."""
    rng = np.random.default_rng(seed)
    rows = []
    for cid in range(1, n_customers + 1):
        k = int(rng.integers(3, 15))
        secs = np.sort(rng.choice(days * 86_400, size=k, replace=False))
        spend = np.round(np.abs(np.cumsum(rng.normal(20, 35, size=k))) + rng.uniform(0, 50), 2)
        orders = rng.poisson(3, size=k)
        tier = np.where(spend > 150, "gold", np.where(spend > 60, "silver", "bronze"))
        for s, sp, o, t in zip(secs, spend, orders, tier, strict=False):
            rows.append((cid, int(s), float(sp), int(o), str(t)))
    ev = pd.DataFrame(rows, columns=["customer_id", "sec", "spend_30d", "orders_30d", "tier"])
    ev = ev.sort_values("sec", kind="stable").reset_index(drop=True)
    # arrival order: a late row is pushed back behind 5..60 later rows
    arrival = np.arange(len(ev), dtype=float)
    late = rng.random(len(ev)) < late_fraction
    arrival[late] += rng.integers(5, 60, size=int(late.sum())) + 0.5
    ev = ev.iloc[np.argsort(arrival, kind="stable")].reset_index(drop=True)
    ev.insert(1, "event_time", (START + pd.to_timedelta(ev["sec"], unit="s")).astype("datetime64[ns]"))
    ev = ev.drop(columns="sec")
    ev["tier"] = ev["tier"].astype("str")

    lab_c = rng.integers(1, n_customers + 1, size=n_labels)
    lab_s = rng.integers(0, (days + 10) * 86_400, size=n_labels)
    labels = pd.DataFrame({
        "label_id": np.arange(1, n_labels + 1),
        "customer_id": lab_c,
        "label_time": (START + pd.to_timedelta(lab_s, unit="s")).astype("datetime64[ns]"),
        "churned": (rng.random(n_labels) < 0.3).astype(int),
    })
    return ev, labels
