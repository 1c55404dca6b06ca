def cap_outliers_iqr(s, k=1.5):
    values = s.to_numpy(dtype=float)
    q1, q3 = np.nanpercentile(values, [25, 75])
    width = q3 - q1
    lower, upper = q1 - k * width, q3 + k * width
    flags = pd.Series(np.greater(values, upper) | np.less(values, lower), index=s.index)
    capped = pd.Series(np.clip(values, lower, upper), index=s.index)
    return capped, flags
