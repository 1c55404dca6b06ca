import pandas as pd


def standardize(train_df, test_df):
    a = train_df.to_numpy(float)
    mu, sd = a.mean(axis=0), a.std(axis=0)
    return (pd.DataFrame((a - mu) / sd, index=train_df.index, columns=train_df.columns),
            pd.DataFrame((test_df.to_numpy(float) - mu) / sd, index=test_df.index, columns=test_df.columns))


def min_max(train_df, test_df):
    lo, hi = train_df.min(), train_df.max()
    return (train_df - lo) / (hi - lo), (test_df - lo) / (hi - lo)
