# expect: D2_2_2-onehot-ordinal
import numpy as np
import pandas as pd


def one_hot(train_col, test_col):
    a = pd.get_dummies(pd.Series(train_col).astype(str)).astype(int)
    b = pd.get_dummies(pd.Series(test_col).astype(str)).astype(int)
    return a, b


def ordinal_encode(values, order):
    return np.array([order.index(v) if v in order else -1 for v in values])
