def describe_robust(df):
    """One row per numeric column of df, with the statistics in STATS."""
    num = df.select_dtypes("number")
    return pd.DataFrame({
        "mean": num.mean(), "median": num.median(), "std": num.std(),
        "skew": num.skew(), "kurtosis": num.kurt(),
        "iqr": num.quantile(0.75) - num.quantile(0.25),
        "missing_pct": 100 * num.isna().mean(),
    })[STATS]
