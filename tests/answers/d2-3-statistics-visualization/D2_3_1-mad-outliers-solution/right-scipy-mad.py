from scipy.stats import median_abs_deviation


def mad_outliers(s, z=3.5):
    """Boolean Series: True where |modified z-score| > z."""
    mad = median_abs_deviation(s, nan_policy="omit")
    score = 0.6745 * (s - s.median()).abs() / mad
    return score.gt(z) & s.notna()
