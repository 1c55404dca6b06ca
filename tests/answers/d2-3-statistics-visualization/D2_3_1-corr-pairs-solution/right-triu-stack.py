def high_corr_pairs(df, threshold=0.8, method="spearman"):
    """Set of (col_a, col_b) pairs whose |correlation| >= threshold."""
    corr = df.select_dtypes(include=[np.number]).corr(method=method).abs()
    upper = corr.where(np.triu(np.ones(corr.shape, dtype=bool), k=1))
    strong = upper.stack()
    return {(b, a) for (a, b), r in strong.items() if r >= threshold}
