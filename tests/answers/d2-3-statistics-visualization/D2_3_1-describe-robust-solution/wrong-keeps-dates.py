# expect: D2_3_1-describe-robust
def describe_robust(df):
    """One row per numeric column of df, with the statistics in STATS."""
    rows = {}
    for col in df.columns:
        if df[col].dtype == object or pd.api.types.is_string_dtype(df[col]):
            continue
        v = df[col].dropna().to_numpy(dtype=float)
        rows[col] = {"mean": v.mean(), "median": np.median(v), "std": v.std(ddof=1),
                     "skew": stats.skew(v), "kurtosis": stats.kurtosis(v),
                     "iqr": np.percentile(v, 75) - np.percentile(v, 25),
                     "missing_pct": 100 * df[col].isna().mean()}
    return pd.DataFrame(rows).T[STATS]
