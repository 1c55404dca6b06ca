def mad_outliers(s, z=3.5):
    """Boolean Series: True where |modified z-score| > z."""
    return ((s - s.mean()) / s.std()).abs().gt(z).fillna(False).astype(bool)
