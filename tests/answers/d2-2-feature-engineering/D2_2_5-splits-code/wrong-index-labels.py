# expect: D2_2_5-splits
import numpy as np


def temporal_split(df, time_col, test_frac=0.2):
    cutoff = df[time_col].sort_values().iloc[int((1 - test_frac) * len(df))]
    return (df.index[df[time_col] < cutoff].to_numpy(), df.index[df[time_col] >= cutoff].to_numpy())


def group_split(df, group_col, test_frac=0.2, seed=0):
    from sklearn.model_selection import GroupShuffleSplit
    tr, te = next(GroupShuffleSplit(n_splits=1, test_size=test_frac, random_state=seed)
                  .split(np.zeros(len(df)), groups=df[group_col].to_numpy()))
    return tr, te
