# expect: D2_2_5-find-leaks
# missing values are placed above the maximum instead of below the minimum
import numpy as np
import pandas as pd
from scipy.stats import rankdata

from mlsc01 import conventions as C


def _auc(y, x):                                   # Mann-Whitney U with mid-ranks for ties
    r = rankdata(x)
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return (r[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


def find_leaky_features(df, target, time_col):
    y = np.asarray(df[target]).astype(int)
    flagged = []
    for name in df.columns.drop([target, time_col]):
        col = df[name]
        if pd.api.types.is_datetime64_any_dtype(col):
            ok = col.notna() & df[time_col].notna()
            if ok.any() and (col[ok] > df[time_col][ok]).sum() >= C.LATE_TIMESTAMP_SHARE * ok.sum():
                flagged.append(name)
        elif pd.api.types.is_bool_dtype(col) or pd.api.types.is_numeric_dtype(col):
            v = col.to_numpy(dtype=float, na_value=np.nan)
            v = np.where(np.isnan(v), np.nanmax(v) + 1.0, v)
            a = _auc(y, v)
            strength = max(a, 1.0 - a)
            unique_int = pd.api.types.is_integer_dtype(col) and col.nunique() == len(col)
            if strength >= C.LEAK_AUC or (unique_int and strength >= C.ID_ORDER_AUC):
                flagged.append(name)
    return flagged
