import numpy as np
from scipy.stats import skew


def log_skewed(df, threshold=1.0):
    num = df.select_dtypes("number").columns
    done = [c for c in num if skew(df[c].to_numpy(float)) > threshold and df[c].min() >= 0]
    out = df.copy()
    out[done] = np.log1p(df[done])
    return out, done
