def vif(df):
    """Variance inflation factor of every column of df (numeric, no missing values)."""
    corr = df.corr().abs()
    r = corr.where(~np.eye(len(corr), dtype=bool)).max()
    return 1 / (1 - r ** 2)
