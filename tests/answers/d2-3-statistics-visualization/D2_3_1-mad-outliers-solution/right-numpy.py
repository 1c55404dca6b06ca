def mad_outliers(s, z=3.5):
    """Boolean Series: True where |modified z-score| > z."""
    x = s.to_numpy(dtype=float)
    med = np.nanmedian(x)
    mad = np.nanmedian(np.abs(x - med))
    with np.errstate(invalid="ignore"):
        flags = np.abs(x - med) / mad * 0.6745 > z
    return pd.Series(np.where(np.isnan(x), False, flags), index=s.index, dtype=bool)
