def psi(expected, actual, bins=10):
    e, a = np.asarray(expected, float), np.asarray(actual, float)
    edges = np.linspace(e.min(), e.max(), bins + 1)          # equal-width bins, not the baseline's quantiles
    pe = np.maximum(np.histogram(e, edges)[0] / len(e), C.PSI_EPS)
    pa = np.maximum(np.histogram(np.clip(a, e.min(), e.max()), edges)[0] / len(a), C.PSI_EPS)
    return float(np.sum((pa - pe) * np.log(pa / pe)))


def ks_statistic(a, b):
    a, b = np.sort(np.asarray(a, float)), np.sort(np.asarray(b, float))
    grid = np.concatenate([a, b])
    return float(np.max(np.abs(np.searchsorted(a, grid, side="right") / len(a) - np.searchsorted(b, grid, side="right") / len(b))))
