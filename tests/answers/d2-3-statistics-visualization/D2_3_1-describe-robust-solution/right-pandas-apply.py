def describe_robust(df):
    """One row per numeric column of df, with the statistics in STATS."""
    num = df.select_dtypes(include="number")
    out = pd.DataFrame(index=num.columns)
    out["mean"] = num.mean()
    out["median"] = num.median()
    out["std"] = num.std(ddof=1)
    out["skew"] = num.apply(lambda s: stats.skew(s, nan_policy="omit"))
    out["kurtosis"] = num.apply(lambda s: stats.kurtosis(s.dropna()))
    out["iqr"] = num.quantile(0.75) - num.quantile(0.25)
    out["missing_pct"] = num.isna().sum() / len(num) * 100
    return out.astype(float)
