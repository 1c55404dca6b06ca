def describe_robust(df):
    """One row per numeric column of df, with the statistics in STATS."""
    rows = {}
    for col in df.select_dtypes("number").columns:
        v = df[col].dropna().to_numpy(dtype=float)
        rows[col] = {"mean": v.mean(), "median": np.median(v), "std": v.std(),
                     "skew": stats.skew(v), "kurtosis": stats.kurtosis(v),
                     "iqr": np.percentile(v, 75) - np.percentile(v, 25),
                     "missing_pct": 100 * df[col].isna().mean()}
    return pd.DataFrame(rows).T[STATS]
