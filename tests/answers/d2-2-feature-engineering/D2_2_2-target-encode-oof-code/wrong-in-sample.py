# expect: D2_2_2-target-encode-oof
# ruff: noqa: F821  (uses the functions of earlier cells of the notebook)
import numpy as np


def target_encode_oof(cat, y, folds, smoothing=10.0):
    return np.asarray(target_encode(cat, y, cat, smoothing), dtype=float)
