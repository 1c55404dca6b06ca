# expect: D2_2_2-onehot-ordinal
import numpy as np
import pandas as pd


def one_hot(train_col, test_col):
    levels = sorted(set(map(str, train_col)))
    tr = pd.Series(train_col).astype(str).to_numpy()
    te = pd.Series(test_col).astype(str).to_numpy()
    return (pd.DataFrame({lv: (tr == lv).astype(int) for lv in levels}),
            pd.DataFrame({lv: (te == lv).astype(int) for lv in levels}))


def ordinal_encode(values, order):
    pos = {v: i for i, v in enumerate(order)}
    return np.array([pos.get(v, 0) for v in values])
