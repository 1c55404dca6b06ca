# expect: D2_2_5-find-leaks
import pandas as pd
from sklearn.metrics import roc_auc_score


def find_leaky_features(df, target, time_col, proxy=0.95, ident=0.60, late_share=0.01):
    y = df[target].to_numpy()
    out = []
    for c in df.columns:
        if c in (target, time_col):
            continue
        s = df[c]
        if pd.api.types.is_datetime64_any_dtype(s):
            both = s.notna() & df[time_col].notna()
            if (s[both] > df.loc[both, time_col]).mean() >= late_share:
                out.append(c)
            continue
        if not (pd.api.types.is_numeric_dtype(s) or pd.api.types.is_bool_dtype(s)):
            continue
        x = s.astype(float)
        x = x.fillna(x.min() - 1)
        a = roc_auc_score(y, x)
        if a >= proxy or (pd.api.types.is_integer_dtype(s) and s.is_unique and a >= ident):
            out.append(c)
    return out
