def ece(y, p, n_bins=10):
    from sklearn.calibration import calibration_curve
    y, p = np.asarray(y), np.asarray(p, dtype=float)
    frac, conf = calibration_curve(y, p, n_bins=n_bins)
    counts = np.bincount(np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], p), minlength=n_bins)
    return float(np.sum(counts[counts > 0] / len(p) * np.abs(frac - conf)))
