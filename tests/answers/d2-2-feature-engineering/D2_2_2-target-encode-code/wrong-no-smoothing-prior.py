# expect: D2_2_2-target-encode
import numpy as np
import pandas as pd


def target_encode(train_cat, train_y, test_cat, smoothing=10.0):
    tc = pd.Series(np.asarray(train_cat, dtype=object))
    ty = pd.Series(np.asarray(train_y, dtype=float))
    prior = ty.mean()
    st = ty.groupby(tc).agg(["sum", "count"])
    enc = (st["sum"] + smoothing * 0.5) / (st["count"] + smoothing)    # a fixed 0.5 instead of the prior
    return pd.Series(np.asarray(test_cat, dtype=object)).map(enc).astype(float).fillna(prior).to_numpy()
