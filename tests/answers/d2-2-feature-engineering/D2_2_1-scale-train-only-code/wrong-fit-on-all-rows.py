# expect: D2_2_1-scale-train-only
import pandas as pd


def standardize(train_df, test_df):
    both = pd.concat([train_df, test_df])
    mu, sd = both.mean(), both.std(ddof=0)
    return (train_df - mu) / sd, (test_df - mu) / sd


def min_max(train_df, test_df):
    lo, hi = train_df.min(), train_df.max()
    return (train_df - lo) / (hi - lo), (test_df - lo) / (hi - lo)
