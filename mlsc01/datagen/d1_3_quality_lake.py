"""A small Hive-partitioned event lake with injected data-quality defects (D1.3.3).

The lake is laid out as an S3 prefix would be, on local disk::

    <root>/events/dt=2026-03-01/part-0.parquet
    <root>/events/dt=2026-03-02/part-0.parquet
    ...

    >>> from mlsc01.datagen.d1_3_quality_lake import make_quality_lake
    >>> manifest = make_quality_lake("/tmp/lake", seed=0)
    >>> manifest["missing_days"], manifest["per_day"]["2026-03-03"]

Columns of every file: ``event_id`` (str, the key), ``user_id`` (int), ``amount`` (float, must be >= 0),
``country`` (str).  The partition column ``dt`` lives in the directory name only (Hive style).

Defects injected (and counted per day in the returned manifest, so a check can be compared with them):

* ``null_amount``: rows whose ``amount`` is missing (a burst on a few days);
* ``duplicate_keys``: ``event_id`` values written two or three times on the same day (a replayed batch);
* ``negative_amount``: rows with ``amount < 0`` (a sign error upstream);
* ``missing_days``: days of the range for which no partition was written at all.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

COUNTRIES = ["DE", "FR", "ES", "IT", "NL", "PL"]


def make_quality_lake(root, seed: int = 0, start: str = "2026-03-01", days: int = 14, rows_per_day: int = 120,
                      n_missing: int = 1, table: str = "events") -> dict:
    """Write the lake under ``root/table`` (replacing what is there) and return the defect manifest.

    The manifest holds ``days`` (every day of the range, ISO strings), ``missing_days`` (no partition),
    ``per_day`` (for each written day: ``rows``, ``null_amount``, ``duplicate_keys`` (distinct keys
    written more than once), ``negative_amount``), and ``path`` (the table's directory).
    """
    rng = np.random.default_rng(seed)
    base = Path(root) / table
    if base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True)
    d0 = date.fromisoformat(start)
    all_days = [(d0 + timedelta(days=i)).isoformat() for i in range(days)]
    missing = sorted(rng.choice(np.arange(1, days - 1), size=n_missing, replace=False).tolist()) if n_missing else []
    missing_days = [all_days[i] for i in missing]
    burst = set(rng.choice([i for i in range(days) if i not in missing], size=max(1, days // 5), replace=False).tolist())
    per_day = {}
    serial = 0
    for i, day in enumerate(all_days):
        if day in missing_days:
            continue
        n = int(rows_per_day + rng.integers(-rows_per_day // 5, rows_per_day // 5 + 1))
        ids = [f"e{seed:03d}-{serial + k:06d}" for k in range(n)]
        serial += n
        amount = np.round(rng.lognormal(3.0, 0.8, size=n), 2)
        null_share = 0.25 if i in burst else 0.01
        null_mask = rng.random(n) < null_share
        neg_mask = (~null_mask) & (rng.random(n) < 0.03)
        amount[neg_mask] = -amount[neg_mask]
        df = pd.DataFrame({"event_id": ids, "user_id": rng.integers(1, 500, size=n),
                           "amount": amount, "country": rng.choice(COUNTRIES, size=n)})
        df.loc[null_mask, "amount"] = np.nan
        n_dup = int(rng.integers(0, 6))
        dup_rows = rng.choice(n, size=n_dup, replace=False) if n_dup else np.array([], dtype=int)
        if n_dup >= 3:
            dup_rows = np.append(dup_rows, dup_rows[0])   # one key replayed twice: three copies
        dups = df.iloc[dup_rows]
        df = pd.concat([df, dups], ignore_index=True).sample(frac=1.0, random_state=int(rng.integers(1 << 31)))
        df = df.reset_index(drop=True)
        part = base / f"dt={day}"
        part.mkdir()
        pq.write_table(pa.Table.from_pandas(df, preserve_index=False), part / "part-0.parquet")
        per_day[day] = {"rows": len(df), "null_amount": int(df["amount"].isna().sum()),
                        "duplicate_keys": int((df["event_id"].value_counts() > 1).sum()),
                        "negative_amount": int((df["amount"] < 0).sum())}
    return {"days": all_days, "missing_days": missing_days, "per_day": per_day, "path": str(base)}
