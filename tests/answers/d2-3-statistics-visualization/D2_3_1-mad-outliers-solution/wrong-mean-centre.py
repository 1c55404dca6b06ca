# expect: D2_3_1-mad-outliers
def mad_outliers(s, z=3.5):
    """Boolean Series: True where |modified z-score| > z."""
    centre = s.mean()
    mad = (s - centre).abs().median()
    return (0.6745 * (s - centre) / mad).abs().gt(z).fillna(False).astype(bool)
