# expect: D2_2_2-target-encode
import pandas as pd


def target_encode(train_cat, train_y, test_cat, smoothing=10.0):
    train_cat, train_y = pd.Series(train_cat), pd.Series(train_y).astype(float)
    prior = train_y.mean()
    st = train_y.groupby(train_cat).agg(["sum", "count"])      # aligns on index labels
    enc = (st["sum"] + smoothing * prior) / (st["count"] + smoothing)
    return pd.Series(test_cat).map(enc).astype(float).fillna(prior).to_numpy()
