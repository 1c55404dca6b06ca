"""A small patient table with personal columns, for the D1.3.2 governance exercise.

    >>> from mlsc01.datagen.d1_3_patients import make_patients
    >>> df = make_patients(seed=0)           # 200 rows

Columns: ``patient_id`` (str), ``name`` (str, PII), ``ssn`` (str, PII), ``dob`` (str, ISO date, PII),
``zip`` (str), ``region`` (str: north, south, east, west), ``age`` (int), ``diagnosis`` (str code),
``cost`` (float).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

REGIONS = ["north", "south", "east", "west"]
DIAGNOSES = ["E11", "I10", "J45", "M54", "F32", "K21"]
FIRST = ["Ana", "Ben", "Chloe", "Dev", "Eva", "Femi", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
LAST = ["Meyer", "Novak", "Okafor", "Perez", "Quinn", "Rossi", "Sato", "Tanaka", "Uribe", "Vidal"]


def make_patients(seed: int = 0, n: int = 200) -> pd.DataFrame:
    """``n`` synthetic patients drawn with ``np.random.default_rng(seed)`` (no real person)."""
    rng = np.random.default_rng(seed)
    age = rng.integers(18, 90, size=n)
    year = 2026 - age
    dob = [f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in zip(year, rng.integers(1, 13, n), rng.integers(1, 29, n))]
    return pd.DataFrame({
        "patient_id": [f"p{seed:02d}{i:04d}" for i in range(n)],
        "name": [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(n)],
        "ssn": [f"{a:03d}-{b:02d}-{c:04d}" for a, b, c in zip(rng.integers(100, 900, n), rng.integers(10, 99, n),
                                                              rng.integers(1000, 9999, n))],
        "dob": dob,
        "zip": [f"{z:05d}" for z in rng.integers(10000, 99999, n)],
        "region": rng.choice(REGIONS, size=n),
        "age": age.astype("int64"),
        "diagnosis": rng.choice(DIAGNOSES, size=n),
        "cost": np.round(rng.lognormal(7.0, 0.9, size=n), 2),
    })
