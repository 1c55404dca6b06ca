def mad_outliers(s, z=3.5):
    """Boolean Series: True where |modified z-score| > z."""
    med = s.median()
    mad = (s - s.mean()).abs().mean()
    return ((0.6745 * (s - med) / mad).abs() > z).astype(bool)
