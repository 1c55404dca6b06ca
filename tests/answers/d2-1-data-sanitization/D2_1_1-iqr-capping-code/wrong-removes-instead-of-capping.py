def cap_outliers_iqr(s, k=1.5):
    q1, q3 = s.quantile([0.25, 0.75])
    lo, hi = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    flag = (s < lo) | (s > hi)
    return s.mask(flag), flag
