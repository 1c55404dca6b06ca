import numpy as np
import pandas as pd
from sklearn.preprocessing import OneHotEncoder


def one_hot(train_col, test_col):
    enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
    enc.fit(np.asarray(train_col, dtype=object).reshape(-1, 1))
    cols = [str(c) for c in enc.categories_[0]]
    f = lambda v: pd.DataFrame(enc.transform(np.asarray(v, dtype=object).reshape(-1, 1)).astype(int), columns=cols)  # noqa: E731
    return f(train_col), f(test_col)


def ordinal_encode(values, order):
    lookup = dict(zip(order, range(len(order))))
    return np.fromiter((lookup.get(v, -1) for v in values), dtype=int)
