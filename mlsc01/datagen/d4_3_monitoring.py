"""Endpoint traffic for the D4.3 monitoring exercise: seeded windows of served requests, no network.

A window is what a monitoring job sees for one period of a binary classifier's real-time endpoint: the
captured inputs, the model's scores, the ground truth that arrived late (NaN where it has not arrived yet),
each request's ``ModelLatency`` in microseconds (as CloudWatch reports it) and each request's HTTP status.
Faults can be switched on alone or together:

* ``data_drift``: three inputs move (covariate shift); the relationship P(y | x) stays the same;
* ``concept``: the relationship changes (two weights flip sign) while the inputs keep their distribution;
* ``bug``: 1–3 features arrive multiplied by 1000 (a unit change upstream: kilometres sent as metres);
* ``infra``: the endpoint slows down (latency ×3) and/or fails requests with 5XX errors.

The model is fixed (``score``); it was trained on baseline traffic and never sees the faults coming.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

FEATURES = ("amount", "tenure_days", "items", "distance_km", "sessions")
_MU = np.array([3.5, 5.6, 1.5, 3.1, 1.9])       # mean of log1p(feature) on baseline traffic (about)
_SD = np.array([0.6, 0.8, 0.45, 0.75, 0.45])
_W = np.array([1.6, -1.1, 0.9, -0.5, 0.7])      # the model's weights on the standardised log features
_DRIFTED = ("amount", "distance_km", "sessions")


def _inputs(rng, n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "amount": rng.lognormal(3.5, 0.6, n).round(2),
        "tenure_days": rng.gamma(2.0, 200.0, n).round(1),
        "items": (rng.poisson(3.0, n) + 1).astype(np.int64),
        "distance_km": rng.gamma(2.0, 15.0, n).round(2),
        "sessions": rng.gamma(3.0, 2.0, n).round(2),
    })


def _logit(X: pd.DataFrame, w=_W) -> np.ndarray:
    z = (np.log1p(X[list(FEATURES)].to_numpy(dtype=float)) - _MU) / _SD
    return 1.8 * (z @ w)


def score(X: pd.DataFrame) -> np.ndarray:
    """The deployed model: the probability of the positive class for each row of ``X``."""
    return 1.0 / (1.0 + np.exp(-_logit(X)))


def make_window(seed: int = 0, n: int = 600, *, data_drift: bool = False, concept: bool = False,
                bug: int = 0, infra: str | None = None, label_share: float = 0.8) -> dict:
    """One monitoring window; ``bug`` = number of features sent ×1000, ``infra`` in None/"slow"/"errors"/"both"."""
    rng = np.random.default_rng(seed)
    X = _inputs(rng, n)
    if data_drift:
        X["amount"] = (X["amount"] * rng.uniform(1.8, 2.4)).round(2)
        X["distance_km"] = (X["distance_km"] * rng.uniform(2.0, 2.8)).round(2)
        X["sessions"] = (X["sessions"] * rng.uniform(0.45, 0.6)).round(2)
    w_true = _W.copy()
    if concept:
        w_true[[0, 1]] = -w_true[[0, 1]]
    y = (rng.random(n) < 1.0 / (1.0 + np.exp(-_logit(X, w_true)))).astype(float)
    if bug:
        for f in rng.choice(list(FEATURES), size=bug, replace=False):
            X[f] = X[f] * 1000
    pred = score(X)
    y[rng.random(n) >= label_share] = np.nan            # ground truth not arrived yet
    latency_us = rng.lognormal(np.log(20_000), 0.35, n)
    status = np.where(rng.random(n) < 0.002, 500, 200)
    if infra in ("slow", "both"):
        latency_us = latency_us * rng.uniform(3.0, 4.5)
    if infra in ("errors", "both"):
        status = np.where(rng.random(n) < rng.uniform(0.05, 0.12), 503, status)
    return {"X": X, "pred": pred, "y": y, "latency_us": latency_us.round(0), "status": status.astype(np.int64)}


def make_baseline(seed: int = 0, n: int = 2000) -> dict:
    """The baseline window: training-time traffic, every label known, a healthy endpoint."""
    return make_window(seed, n, label_share=1.0)


def make_capture(seed: int = 0, n: int = 400, label_share: float = 0.7, flip: float = 0.0):
    """Data-capture records and late ground-truth records in the JSON Lines shapes Model Monitor uses.

    Returns ``(capture, ground_truth)``, two lists of dicts. Ground truth arrives for about ``label_share`` of
    the events, in another order, plus a few labels for events that are not in this capture; ``flip`` is the
    share of labels that disagree with the relationship the model learned (concept drift).
    """
    rng = np.random.default_rng(seed)
    X = _inputs(rng, n)
    p = score(X)
    y = (rng.random(n) < p).astype(int)
    y = np.where(rng.random(n) < flip, 1 - y, y)
    ids = [f"{seed:04d}-{i:05d}-{rng.integers(16**6):06x}" for i in range(n)]
    capture = []
    for i in range(n):
        row = ",".join(str(v) for v in X.iloc[i].tolist())
        capture.append({
            "captureData": {
                "endpointInput": {"observedContentType": "text/csv", "mode": "INPUT", "data": row, "encoding": "CSV"},
                "endpointOutput": {"observedContentType": "text/csv", "mode": "OUTPUT", "data": f"{p[i]:.6f}",
                                   "encoding": "CSV"},
            },
            "eventMetadata": {"eventId": ids[i], "inferenceTime": f"2026-11-30T{i // 60 % 24:02d}:{i % 60:02d}:00Z"},
            "eventVersion": "0",
        })
    keep = np.flatnonzero(rng.random(n) < label_share)
    rng.shuffle(keep)
    truth = [{"groundTruthData": {"data": str(int(y[i])), "encoding": "CSV"},
              "eventMetadata": {"eventId": ids[i]}, "eventVersion": "0"} for i in keep]
    for j in range(max(1, n // 50)):                   # labels for events captured in another window
        truth.append({"groundTruthData": {"data": str(int(rng.integers(2))), "encoding": "CSV"},
                      "eventMetadata": {"eventId": f"other-{seed}-{j}"}, "eventVersion": "0"})
    return capture, truth


CHANNELS = ("web", "app", "store")
COUNTRIES = ("DE", "FR", "ES", "IT", "NL")


def make_requests(seed: int = 0, n: int = 1000, null_share: float = 0.02) -> pd.DataFrame:
    """Captured request features as a table (the dataset a data-quality baseline is suggested from).

    ``amount``, ``tenure_days`` and ``distance_km`` are floats (``tenure_days`` has about ``null_share`` nulls),
    ``items`` is an integer column, ``channel`` and ``country`` are strings.
    """
    rng = np.random.default_rng(seed)
    X = _inputs(rng, n)
    out = pd.DataFrame({
        "amount": X["amount"],
        "items": X["items"],
        "tenure_days": X["tenure_days"].where(rng.random(n) >= null_share),
        "distance_km": X["distance_km"],
        "channel": pd.Series(rng.choice(CHANNELS, n, p=[0.5, 0.35, 0.15]), dtype=object),
        "country": pd.Series(rng.choice(COUNTRIES, n), dtype=object),
    })
    return out
