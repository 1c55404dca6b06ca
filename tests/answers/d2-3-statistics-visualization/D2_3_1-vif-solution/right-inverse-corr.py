def vif(df):
    """Variance inflation factor of every column of df (numeric, no missing values)."""
    R = np.corrcoef(df.to_numpy(dtype=float), rowvar=False)
    return pd.Series(np.diag(np.linalg.inv(R)), index=df.columns)
