"""Industrial pump sensor readings: one row per pump inspection, seeded, no network.

Used by the D2.3 lesson (statistics, figures and a dashboard on data other than the exercise's).
Three machine states (``healthy``, ``worn``, ``faulty``) shift the sensor distributions;
``power_kw`` is nearly a linear function of ``motor_current_a`` and ``supply_voltage_v``
(multicollinearity); ``vibration_mm_s`` is log-normal with a few sensor glitches;
``humidity_pct`` has missing values; ``failed_within_30d`` is rarer in newer sites and rises
over the year.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

STATES = ("healthy", "worn", "faulty")
SITES = ("plant_a", "plant_b", "plant_c", "plant_d")


def make_sensor_readings(seed: int = 0, n: int = 600, n_glitches: int = 6) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    state_idx = rng.choice(3, size=n, p=[0.55, 0.3, 0.15])
    state = np.array(STATES)[state_idx]
    site = rng.choice(SITES, size=n, p=[0.35, 0.3, 0.2, 0.15])
    day = rng.integers(0, 365, size=n)
    inspected_at = pd.Timestamp("2023-01-01") + pd.to_timedelta(day, unit="D")

    temperature = rng.normal(58, 4, size=n) + np.array([0.0, 4.0, 9.0])[state_idx]
    vibration = rng.lognormal(np.log(2.2) + np.array([0.0, 0.35, 0.8])[state_idx], 0.35)
    pressure = rng.normal(6.0, 0.5, size=n) - np.array([0.0, 0.3, 0.9])[state_idx]
    current = rng.normal(32, 3, size=n) + np.array([0.0, 1.5, 4.0])[state_idx]
    voltage = rng.normal(400, 6, size=n)
    power = np.sqrt(3) * voltage * current * 0.86 / 1000 + rng.normal(0, 0.15, size=n)
    rpm = rng.normal(2950, 25, size=n) - np.array([0.0, 15.0, 45.0])[state_idx]
    humidity = rng.normal(45, 12, size=n).clip(5, 95)
    particles = rng.poisson(np.array([3.0, 8.0, 20.0])[state_idx])
    glitches = rng.choice(n, size=n_glitches, replace=False)
    vibration[glitches] *= rng.uniform(6, 12, size=n_glitches)

    site_risk = \
        np.select([site == "plant_b", site == "plant_c", site == "plant_d"], [0.4, -0.5, 0.8], 0.0)
    logit = -3.4 + np.array([0.0, 1.2, 2.6])[state_idx] + site_risk + 0.1 * inspected_at.month.to_numpy()
    failed = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)

    df = pd.DataFrame({
        "pump_id": [f"P{i % 120:03d}" for i in range(n)],
        "inspected_at": inspected_at,
        "site": site,
        "state": state,
        "temperature_c": temperature.round(2),
        "vibration_mm_s": vibration.round(3),
        "pressure_bar": pressure.round(3),
        "motor_current_a": current.round(2),
        "supply_voltage_v": voltage.round(1),
        "power_kw": power.round(3),
        "rpm": rpm.round(0),
        "humidity_pct": humidity.round(1),
        "oil_particles": particles,
        "failed_within_30d": failed,
    })
    df.loc[rng.random(n) < 0.08, "humidity_pct"] = np.nan
    return df.sort_values("inspected_at", kind="stable").reset_index(drop=True)
