# expect: D2_2_5-splits
import numpy as np


def temporal_split(df, time_col, test_frac=0.2):
    order = np.argsort(df[time_col].to_numpy(), kind="stable")
    k = int(round((1 - test_frac) * len(df)))
    return order[:k], order[k:]                       # splits a tie at the cut


def group_split(df, group_col, test_frac=0.2, seed=0):
    from sklearn.model_selection import GroupShuffleSplit
    tr, te = next(GroupShuffleSplit(n_splits=1, test_size=test_frac, random_state=seed)
                  .split(np.zeros(len(df)), groups=df[group_col].to_numpy()))
    return tr, te
