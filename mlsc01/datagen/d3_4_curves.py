"""Synthetic training curves for the D3.4 tuning-and-training topic (seeded, no network).

``make_d3_4_curve(kind, seed)`` returns ``(train_loss, val_loss)``, two NumPy arrays of one value per epoch, shaped
like the loss curves of a real run of the named kind. The kind only shapes the draw: the diagnosis the course grades
comes from the curves themselves (the rubric of the lesson), and some draws show two symptoms at once (a diverging run
that also jumps, an overfitting run that never fitted well), as real runs do.
"""

from __future__ import annotations

import numpy as np

KINDS = ("good_fit", "overfitting", "underfitting", "oscillating", "diverging")


def _decay(t, start, floor, tau):
    return floor + (start - floor) * np.exp(-t / tau)


def make_d3_4_curve(kind: str, seed: int = 0, n_epochs: int = 40, baseline: float = 0.69):
    """One training run's losses per epoch: ``(train_loss, val_loss)``; ``baseline`` is a constant predictor's loss."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    rng = np.random.default_rng(seed)
    t = np.arange(n_epochs, dtype=float)
    start = baseline * rng.uniform(0.95, 1.05)
    tau = rng.uniform(2.0, 8.0)
    if kind in ("good_fit", "overfitting", "oscillating", "diverging"):
        floor = baseline * rng.uniform(0.15, 0.6)
    if kind == "underfitting" or (kind in ("overfitting", "oscillating") and rng.random() < 0.3):
        floor = baseline * rng.uniform(0.84, 0.97)
    train = _decay(t, start, floor, tau)
    gap = baseline * rng.uniform(0.02, 0.12)
    val = train + gap
    if kind == "good_fit" or kind == "underfitting":
        train = train * (1 + rng.normal(0, 0.002, n_epochs))
        val = val * (1 + rng.normal(0, 0.004, n_epochs))
        val = np.minimum.accumulate(val) * (1 + rng.uniform(0, 0.03))   # flat or falling: no real rise
        train = np.minimum.accumulate(train)
    if kind == "overfitting" or (kind == "oscillating" and rng.random() < 0.4):
        turn = int(rng.integers(n_epochs // 5, n_epochs // 2))
        rise = rng.uniform(0.15, 0.8)
        grow = np.clip((t - turn) / (n_epochs - 1 - turn), 0, None) ** rng.uniform(0.8, 1.6)
        val = (train + gap) * 0 + (train[turn] + gap) * (1 + rise * grow)
        val[:turn] = train[:turn] + gap
        val = val * (1 + rng.normal(0, 0.003, n_epochs))
    if kind == "oscillating":
        amp = baseline * rng.uniform(0.05, 0.2)
        zig = amp * np.where(t % 2 == 0, 1.0, -1.0) * rng.uniform(0.6, 1.0, n_epochs)
        train = np.abs(train + zig)
        val = np.abs(val + zig * rng.uniform(0.8, 1.3))
    if kind == "diverging":
        blow = int(rng.integers(n_epochs // 4, 3 * n_epochs // 4))
        growth = rng.uniform(0.15, 0.5)
        boom = np.exp(growth * np.clip(t - blow, 0, None)) - 1
        train = train + baseline * boom
        val = val + baseline * boom * rng.uniform(1.0, 1.5)
        if rng.random() < 0.4:
            train = train * (1 + np.where(t % 2 == 0, 1, -1) * rng.uniform(0, 0.3) * (t > blow))
        if rng.random() < 0.25:
            k = int(rng.integers(blow + 1, n_epochs))
            train[k:] = np.nan if rng.random() < 0.5 else np.inf
            val[k:] = np.nan
    return train, val
