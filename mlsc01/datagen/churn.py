"""Telecom customer churn snapshots: one row per customer, seeded, no network.

Used by the D2.3.3 exercise (summary tables, a dashboard figure and a QuickSight analysis).
Churn depends on the contract, support calls, tenure, satisfaction, late payments and the month
(a price change mid-year raises churn); two columns carry no signal at all.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEGMENTS = ("consumer", "small_business", "enterprise")
REGIONS = ("north", "south", "east", "west")
CONTRACTS = ("month-to-month", "one-year", "two-year")


def make_churn(seed: int = 0, n: int = 5000, year: int = 2024) -> pd.DataFrame:
    """``n`` customer snapshots taken on days of ``year``; ``churned`` is 1 if the customer left within 30 days."""
    rng = np.random.default_rng(seed)
    segment = rng.choice(SEGMENTS, size=n, p=[0.6, 0.3, 0.1])
    region = rng.choice(REGIONS, size=n, p=[0.3, 0.25, 0.25, 0.2])
    contract = rng.choice(CONTRACTS, size=n, p=[0.5, 0.3, 0.2])
    start = pd.Timestamp(f"{year}-01-01")
    days = 366 if pd.Timestamp(f"{year}-12-31").day_of_year == 366 else 365
    snapshot_date = start + pd.to_timedelta(rng.integers(0, days, size=n), unit="D")
    month = snapshot_date.month.to_numpy()
    tenure = rng.integers(1, 73, size=n)
    seg_charge = np.select([segment == "enterprise", segment == "small_business"], [40.0, 15.0], 0.0)
    monthly_charges = (rng.normal(55, 18, size=n) + seg_charge).clip(10, None)
    support_calls = rng.poisson(1.5, size=n)
    late_payments = rng.poisson(0.6, size=n)
    satisfaction = rng.normal(6.5, 1.8, size=n).clip(0, 10)
    data_usage_gb = rng.lognormal(2.5, 0.6, size=n)
    device_age_months = rng.integers(0, 49, size=n)
    num_products = rng.integers(1, 5, size=n)

    logit = (-2.2
             + 1.3 * (contract == "month-to-month") - 0.6 * (contract == "two-year")
             + 0.55 * support_calls
             - 0.035 * tenure
             - 0.45 * (satisfaction - 6.5)
             + 0.6 * late_payments
             + 0.01 * (monthly_charges - 60)
             + 0.09 * (month - 1)
             - 1.1 * (segment == "enterprise") - 0.5 * (segment == "small_business"))
    churned = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    df = pd.DataFrame({
        "customer_id": [f"C{seed % 100:02d}{i:05d}" for i in range(n)],
        "snapshot_date": snapshot_date,
        "segment": segment,
        "region": region,
        "contract": contract,
        "tenure_months": tenure,
        "monthly_charges": monthly_charges,
        "support_calls": support_calls,
        "late_payments": late_payments,
        "satisfaction": satisfaction,
        "data_usage_gb": data_usage_gb,
        "device_age_months": device_age_months,
        "num_products": num_products,
        "churned": churned,
    })
    return df.sort_values("snapshot_date", kind="stable").reset_index(drop=True)
