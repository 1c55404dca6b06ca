"""Daily JSON-lines drops whose schema drifts, and small order/customer tables for a Processing script (D1.2).

Used by the D1.2 lesson and exercise::

    >>> from mlsc01.datagen.d1_2_daily_drops import make_order_drops, write_drops
    >>> drops = make_order_drops(seed=0)            # list of (date, DataFrame), one per daily drop
    >>> paths = write_drops(drops, "/tmp/raw")      # raw/orders-2026-11-01.jsonl, ...

``make_order_drops`` (the exercise) drifts like a real upstream system:

* day 1-2: ``order_id`` str, ``customer_id`` int, ``amt`` float, ``zip`` int, ``updated_at`` ISO text;
* day 3 adds a column ``channel`` (str);
* day 4 sends ``zip`` as text (``"10001"``) and ``amt`` as text, a few of them not numbers (``"n/a"``, ``""``);
* day 5 renames ``amt`` to ``amount``; day 6 keeps the new name.

Every drop re-sends some orders of earlier days with a later ``updated_at`` (an update), and a few rows twice.

``make_reading_drops`` (the lesson) drifts the same ways on other data (sensor readings: ``reading_id``,
``device``, ``temp`` → ``temperature_c``, ``site`` int → text, ``firmware`` added).

``make_orders_customers`` gives an ``orders`` table and a ``customers`` table for the Processing exercise;
``make_visits_patients`` gives the lesson's counterpart.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

START = pd.Timestamp("2026-11-01")


def _drift(rng, n_days, rows, spec):
    """Generic drifting drops; ``spec`` names the columns of one data set."""
    key, int_col, num_old, num_new, code_col, new_col, new_levels, prefix = spec
    drops = []
    seen: list[dict] = []
    counter = 0
    for day in range(n_days):
        date = START + pd.Timedelta(days=day)
        recs = []
        for _ in range(rows):
            counter += 1
            ts = date + pd.Timedelta(seconds=int(rng.integers(0, 86_400)))
            recs.append({key: f"{prefix}{counter:06d}", int_col: int(rng.integers(1, 400)),
                         "value": float(np.round(rng.lognormal(3.0, 0.8), 2)),
                         code_col: int(rng.choice([10001, 94105, 60601, 73301, 30301, 98101])),
                         "updated_at": ts, new_col: str(rng.choice(new_levels))})
        # updates of earlier orders (a later version of the same key) and exact re-sends
        if seen:
            for j in rng.choice(len(seen), size=min(len(seen), rows // 8), replace=False):
                old = dict(seen[j])
                old["value"] = float(np.round(old["value"] * rng.uniform(0.5, 1.5), 2))
                old["updated_at"] = date + pd.Timedelta(seconds=int(rng.integers(0, 86_400)))
                recs.append(old)
        for j in rng.choice(len(recs), size=rows // 20, replace=False):
            recs.append(dict(recs[j]))
        seen.extend(r for r in recs[:rows])
        df = pd.DataFrame(recs)
        df["updated_at"] = df["updated_at"].dt.strftime("%Y-%m-%dT%H:%M:%S")
        df = df.sample(frac=1.0, random_state=int(rng.integers(1 << 30))).reset_index(drop=True)
        if day < 2:
            df = df.drop(columns=[new_col])
        if day == 3:
            df[code_col] = df[code_col].map(lambda z: f"{z:05d}")
            txt = df["value"].map(lambda v: f"{v:.2f}").astype(object)
            keys = df[key].unique()
            bad_keys = rng.choice(keys, size=max(2, len(keys) // 40), replace=False)
            bad_text = {k: str(rng.choice(["n/a", "", "twelve"])) for k in bad_keys}
            is_bad = df[key].isin(bad_keys)          # every copy of a key gets the same text: re-sends stay exact
            txt[is_bad] = df.loc[is_bad, key].map(bad_text)
            df["value"] = txt
        name = num_new if day >= 4 else num_old
        df = df.rename(columns={"value": name})
        drops.append((date.strftime("%Y-%m-%d"), df))
    return drops


def make_order_drops(seed: int = 0, n_days: int = 6, rows: int = 160) -> list[tuple[str, pd.DataFrame]]:
    """Six daily order drops (date, frame) drawn with ``np.random.default_rng(seed)``."""
    rng = np.random.default_rng(seed)
    return _drift(rng, n_days, rows, ("order_id", "customer_id", "amt", "amount", "zip", "channel",
                                      ["web", "app", "store"], "o"))


def make_reading_drops(seed: int = 0, n_days: int = 5, rows: int = 120) -> list[tuple[str, pd.DataFrame]]:
    """The lesson's sensor-reading drops: ``temp`` → ``temperature_c`` on day 5, ``site`` as text on day 4."""
    rng = np.random.default_rng(seed)
    return _drift(rng, n_days, rows, ("reading_id", "device", "temp", "temperature_c", "site", "firmware",
                                      ["1.0", "1.1", "2.0"], "r"))


def write_drops(drops, folder, stem: str = "orders") -> list[Path]:
    """Write each drop as ``<folder>/<stem>-<date>.jsonl`` (one JSON object a line, nulls omitted)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for date, df in drops:
        path = folder / f"{stem}-{date}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for rec in df.to_dict(orient="records"):
                fh.write(json.dumps({k: v for k, v in rec.items() if not (isinstance(v, float) and np.isnan(v))})
                         + "\n")
        paths.append(path)
    return paths


def make_orders_customers(seed: int = 0, n_orders: int = 1200, n_customers: int = 150):
    """(orders, customers): orders with a date and an amount; customers with a signup date and a segment."""
    rng = np.random.default_rng(seed)
    cust_ids = np.arange(1, n_customers + 1)
    signup = START - pd.to_timedelta(rng.integers(30, 900, size=n_customers), unit="D")
    customers = pd.DataFrame({"customer_id": cust_ids,
                              "signup_date": signup.strftime("%Y-%m-%d"),
                              "segment": rng.choice(["consumer", "small_business", "enterprise"], size=n_customers,
                                                    p=[0.6, 0.3, 0.1])})
    day = rng.integers(0, 60, size=n_orders)
    orders = pd.DataFrame({"order_id": np.arange(50_000, 50_000 + n_orders),
                           "customer_id": rng.choice(cust_ids, size=n_orders),
                           "order_date": (START + pd.to_timedelta(day, unit="D")).strftime("%Y-%m-%d"),
                           "amount": np.round(rng.lognormal(3.2, 0.9, size=n_orders), 2),
                           "returned": (rng.random(n_orders) < 0.15).astype(int)})
    return orders, customers


def make_visits_patients(seed: int = 0, n_visits: int = 800, n_patients: int = 100):
    """The lesson's counterpart: (visits, patients) with ``visit_date``, ``cost`` and ``birth_date``, ``plan``."""
    orders, customers = make_orders_customers(seed, n_visits, n_patients)
    visits = orders.rename(columns={"order_id": "visit_id", "customer_id": "patient_id",
                                    "order_date": "visit_date", "amount": "cost", "returned": "readmitted"})
    patients = customers.rename(columns={"customer_id": "patient_id", "signup_date": "birth_date",
                                         "segment": "plan"})
    patients["plan"] = patients["plan"].map({"consumer": "basic", "small_business": "plus", "enterprise": "premium"})
    return visits, patients
