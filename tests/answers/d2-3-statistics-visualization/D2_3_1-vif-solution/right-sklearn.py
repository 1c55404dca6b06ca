from sklearn.linear_model import LinearRegression


def vif(df):
    """Variance inflation factor of every column of df (numeric, no missing values)."""
    out = pd.Series(index=df.columns, dtype=float)
    for col in df.columns:
        others = df.drop(columns=col)
        r2 = LinearRegression().fit(others, df[col]).score(others, df[col])
        out[col] = 1.0 / (1.0 - r2)
    return out
