"""Planted-issue tables for EDA triage: one row per entity, a binary target, seeded, no network.

Used by the D2.4.3 exercise and lesson. Each seed plants a different subset of two to four of
these issues (the rest are absent, or present only below the level that matters):

- ``join_duplication``   a bad join repeated 8-20 % of the entities (the key is no longer unique);
- ``target_leak``        one column is written after the outcome and nearly encodes it;
- ``rare_target``        the positive class is 2-3.5 % of the rows;
- ``informative_missing`` one column is missing far more often for positives than negatives;
- ``heavy_skew``         one positive column has a long right tail (log-normal);
- ``segments``           the behaviour columns form well-separated groups.

Two themes share the mechanics but not the column names: ``"subscriptions"`` (the exercise) and
``"clinic"`` (the lesson).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ISSUES = ("join_duplication", "target_leak", "rare_target", "informative_missing", "heavy_skew", "segments")

THEMES = {
    "subscriptions": {
        "key": "customer_id", "target": "churned", "category": "plan",
        "levels": ("basic", "standard", "premium"),
        "legit": ("tenure_months", "support_tickets"),
        "legit_a": (30.0, -8.0, 12.0, 1.0, 120.0), "legit_b": 2.0,
        "leak": "contract_months_remaining",
        "missing": "survey_score",
        "skewed": "data_usage_gb",
        "segments": ("sessions_per_week", "avg_session_minutes", "weekend_share"),
        "seg_base": (5.0, 25.0, 0.4), "seg_scale": (1.0, 6.0, 0.08), "seg_round": (2, 1, 3),
    },
    "clinic": {
        "key": "patient_id", "target": "readmitted", "category": "ward",
        "levels": ("cardio", "ortho", "general", "neuro"),
        "legit": ("age", "prior_admissions"),
        "legit_a": (62.0, 7.0, 11.0, 18.0, 99.0), "legit_b": 1.6,
        "leak": "days_to_followup_booking",
        "missing": "pain_score",
        "skewed": "length_of_stay_h",
        "segments": ("steps_per_day", "sleep_hours", "resting_heart_rate"),
        "seg_base": (8000.0, 7.0, 68.0), "seg_scale": (1500.0, 0.9, 5.0), "seg_round": (0, 1, 0),
    },
}


def eda_case_columns(theme: str = "subscriptions") -> dict:
    """Names of the key, target, category and behaviour (segment) columns of a theme."""
    t = THEMES[theme]
    return {"key": t["key"], "target": t["target"], "category": t["category"], "segment_cols": list(t["segments"])}


def _planted(rng: np.random.Generator) -> tuple[str, ...]:
    k = int(rng.integers(2, 5))
    chosen = rng.choice(len(ISSUES), size=k, replace=False)
    return tuple(ISSUES[i] for i in sorted(chosen))


def make_eda_case(seed: int = 0, theme: str = "subscriptions", n: int = 2000, issues=None,
                  return_issues: bool = False):
    """A table with planted EDA issues; ``issues`` (a subset of ``ISSUES``) overrides the seeded choice.

    Returns the DataFrame, or ``(df, issues)`` when ``return_issues`` is true.
    """
    t = THEMES[theme]
    rng = np.random.default_rng([seed, 2404, list(THEMES).index(theme)])
    planted = tuple(sorted(issues, key=ISSUES.index)) if issues is not None else _planted(rng)
    unknown = set(planted) - set(ISSUES)
    if unknown:
        raise ValueError(f"unknown issue(s) {sorted(unknown)}; choose from {ISSUES}")
    on = set(planted)

    # target: the top `rate` share of a latent risk score
    z = rng.normal(size=n)
    risk = z + rng.normal(scale=0.8, size=n)
    rate = rng.uniform(0.02, 0.035) if "rare_target" in on else rng.uniform(0.15, 0.40)
    y = (risk > np.quantile(risk, 1 - rate)).astype(int)

    cols: dict[str, np.ndarray] = {}
    cols[t["key"]] = np.arange(100_000 + seed % 1000 * 10_000, 100_000 + seed % 1000 * 10_000 + n)
    cols[t["category"]] = rng.choice(t["levels"], size=n)
    # two honest predictors, moderately related to the latent risk
    a, b = t["legit"]
    mean, slope, noise, lo, hi = t["legit_a"]
    cols[a] = np.round((mean + slope * z + rng.normal(scale=noise, size=n)).clip(lo, hi), 1)
    cols[b] = rng.poisson((np.exp(t["legit_b"]) * (1 + 0.2 * z)).clip(0.5, None)).astype(float)
    # leak candidate: nearly zero for positives when planted, otherwise a weak honest signal
    if "target_leak" in on:
        leak = np.where(y == 1, np.abs(rng.normal(0, 0.6, size=n)), rng.normal(12, 3, size=n).clip(1, None))
    else:
        leak = rng.normal(12, 3, size=n) - 0.6 * z
    cols[t["leak"]] = np.round(leak, 2)
    # survey-like score with missing values: informative (MNAR) or at random
    score = np.round((7 - 0.3 * z + rng.normal(scale=1.4, size=n)).clip(0, 10), 1)
    p_missing = np.where(y == 1, 0.65, 0.06) if "informative_missing" in on else np.full(n, 0.10)
    score[rng.random(n) < p_missing] = np.nan
    cols[t["missing"]] = score
    # positive amount: long right tail when planted
    sigma = 1.15 if "heavy_skew" in on else 0.08     # skew about 0.3 when absent: well below SKEW_LOG
    cols[t["skewed"]] = np.round(rng.lognormal(1.6 + 0.1 * z, sigma), 2)
    # behaviour columns: three separated groups when planted, one correlated cloud otherwise
    if "segments" in on:
        centres = np.array([[-1.0, -1.0, 1.0], [1.0, 0.0, -1.0], [0.0, 1.2, 0.0]]) * 3.0
        g = rng.choice(3, size=n, p=[0.4, 0.35, 0.25])
        std = centres[g] + rng.normal(scale=0.45, size=(n, 3))
    else:
        cov = np.array([[1.0, 0.4, 0.1], [0.4, 1.0, 0.2], [0.1, 0.2, 1.0]])
        std = rng.multivariate_normal(np.zeros(3), cov, size=n)
    for j, name in enumerate(t["segments"]):
        cols[name] = np.round(t["seg_base"][j] + t["seg_scale"][j] * std[:, j], t["seg_round"][j])
    cols[t["target"]] = y
    df = pd.DataFrame(cols)

    # key duplication from a fan-out join; a handful of duplicates otherwise (below 1 %)
    if "join_duplication" in on:
        m = int(round(n * rng.uniform(0.08, 0.20)))
    else:
        m = int(rng.integers(0, 5))
    if m:
        df = pd.concat([df, df.iloc[rng.choice(n, size=m, replace=False)]], ignore_index=True)
    df = df.iloc[rng.permutation(len(df))].reset_index(drop=True)
    order = [t["key"], t["category"], *t["legit"], t["leak"], t["missing"], t["skewed"], *t["segments"], t["target"]]
    df = df[order]
    df[t["category"]] = df[t["category"]].astype("str")
    return (df, planted) if return_issues else df
