def vif(df):
    """Variance inflation factor of every column of df (numeric, no missing values)."""
    X = df.to_numpy(dtype=float)
    out = {}
    for j, col in enumerate(df.columns):
        y, others = X[:, j], np.delete(X, j, axis=1)
        coef, *_ = np.linalg.lstsq(others, y, rcond=None)
        resid = y - others @ coef
        r2 = 1 - resid @ resid / ((y - y.mean()) @ (y - y.mean()))
        out[col] = 1 / (1 - r2)
    return pd.Series(out)
