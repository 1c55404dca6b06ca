# expect: D2_2_1-log-skewed
import numpy as np
import pandas as pd


def log_skewed(df, threshold=1.0):
    out, done = df.copy(), []
    for c in df.columns:
        if pd.api.types.is_numeric_dtype(df[c]) and df[c].skew() >= threshold and df[c].min() >= 0:
            out[c] = np.log1p(df[c])
            done.append(c)
    return out, done
