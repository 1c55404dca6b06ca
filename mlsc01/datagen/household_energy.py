"""Household electricity survey: one row per home, seeded, no network.

Used by the D2.3.1 exercise (robust descriptive statistics, correlation, VIF and MAD outliers).
Planted structure, so the answers are known:

* ``income_k`` is log-normal (right skew, heavy tail) and has missing values, as does ``floor_area_m2``;
* ``total_kwh`` is the sum of ``heating_kwh``, ``cooling_kwh`` and ``appliance_kwh`` plus a little
  metering noise, so those four columns are multicollinear;
* ``standby_w`` grows exponentially with ``appliance_count``: a monotone but non-linear link
  (high Spearman, lower Pearson);
* ``peak_kw`` carries a few meter glitches (spikes) among otherwise well-behaved readings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

REGIONS = ("coastal", "inland", "mountain")


def make_household_energy(seed: int = 0, n: int = 800, n_spikes: int = 8) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    region = rng.choice(REGIONS, size=n, p=[0.45, 0.4, 0.15])
    floor_area = rng.normal(110, 35, size=n).clip(30, None)
    occupants = rng.integers(1, 7, size=n)
    income_k = rng.lognormal(np.log(55), 0.55, size=n)
    thermostat_c = rng.normal(20.5, 1.2, size=n)
    cold = np.select([region == "mountain", region == "inland"], [1.6, 1.0], 0.7)
    heating = 45 * floor_area * cold * (1 + 0.08 * (thermostat_c - 20.5)) + rng.normal(0, 400, size=n)
    hot = np.select([region == "inland", region == "coastal"], [1.3, 0.9], 0.3)
    cooling = 9 * floor_area * hot + rng.normal(0, 250, size=n)
    appliance_count = rng.integers(4, 19, size=n)
    appliance = 420 * occupants + 95 * appliance_count + rng.normal(0, 300, size=n)
    total = heating + cooling + appliance + rng.normal(0, 60, size=n)
    standby_w = np.exp(0.3 * appliance_count + rng.normal(0, 0.25, size=n))
    peak_kw = rng.normal(6.0, 1.1, size=n) + 0.4 * occupants
    spikes = rng.choice(n, size=n_spikes, replace=False)
    peak_kw[spikes] += rng.uniform(12, 30, size=n_spikes)

    df = pd.DataFrame({
        "household_id": [f"H{seed % 100:02d}{i:04d}" for i in range(n)],
        "region": region,
        "floor_area_m2": floor_area.round(1),
        "occupants": occupants,
        "income_k": income_k.round(2),
        "thermostat_c": thermostat_c.round(2),
        "heating_kwh": heating.round(1),
        "cooling_kwh": cooling.clip(0, None).round(1),
        "appliance_kwh": appliance.round(1),
        "total_kwh": total.round(1),
        "appliance_count": appliance_count,
        "standby_w": standby_w.round(2),
        "peak_kw": peak_kw.round(3),
    })
    df.loc[rng.random(n) < 0.06, "income_k"] = np.nan
    df.loc[rng.random(n) < 0.03, "floor_area_m2"] = np.nan
    return df
