def cap_outliers_iqr(s, k=1.5):
    q1, q3 = np.nanpercentile(s.to_numpy(dtype=float), [25, 75])
    lo = q1 - k * (q3 - q1)
    hi = q3 + k * (q3 - q1)
    flags = pd.Series((s < lo) | (s > hi), index=s.index, dtype=bool)
    return s.clip(lower=lo, upper=hi), flags
