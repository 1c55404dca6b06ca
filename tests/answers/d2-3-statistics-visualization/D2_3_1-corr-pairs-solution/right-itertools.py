from itertools import combinations


def high_corr_pairs(df, threshold=0.8, method="spearman"):
    """Set of (col_a, col_b) pairs whose |correlation| >= threshold."""
    num = df.select_dtypes("number")
    out = set()
    for a, b in combinations(num.columns, 2):
        r = num[a].corr(num[b], method=method)
        if not np.isnan(r) and abs(r) >= threshold:
            out.add((a, b))
    return out
