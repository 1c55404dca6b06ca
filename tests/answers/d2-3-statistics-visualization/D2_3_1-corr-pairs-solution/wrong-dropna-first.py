def high_corr_pairs(df, threshold=0.8, method="spearman"):
    """Set of (col_a, col_b) pairs whose |correlation| >= threshold."""
    corr = df.select_dtypes("number").dropna().corr(method=method)
    cols = list(corr.columns)
    return {(a, b) for i, a in enumerate(cols) for b in cols[i + 1:] if abs(corr.loc[a, b]) >= threshold}
