import numpy as np
import pandas as pd


def temporal_split(df, time_col, test_frac=0.2):
    t = pd.Series(df[time_col].to_numpy())
    ranks = t.rank(method="min")                      # tied times share the lowest rank
    test = ranks > (1 - test_frac) * len(t)
    return np.flatnonzero(~test.to_numpy()), np.flatnonzero(test.to_numpy())


def group_split(df, group_col, test_frac=0.2, seed=0):
    g = df[group_col].to_numpy()
    groups = np.unique(g)
    rng = np.random.default_rng(seed)
    test_groups = rng.choice(groups, int(round(test_frac * len(groups))), replace=False)
    mask = np.isin(g, test_groups)
    return np.flatnonzero(~mask), np.flatnonzero(mask)
