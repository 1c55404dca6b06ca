def mad_outliers(s, z=3.5):
    """Boolean Series: True where |modified z-score| > z."""
    med = s.median()
    mad = (s - med).abs().median()
    return (0.6745 * (s - med) / mad).abs().ge(z).fillna(False).astype(bool)
