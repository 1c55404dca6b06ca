def psi(expected, actual, bins=10):
    e, a = np.asarray(expected, float), np.asarray(actual, float)
    edges = np.unique(np.quantile(e, np.linspace(0, 1, bins + 1))[1:-1])
    pe = np.maximum(np.bincount(np.searchsorted(edges, e, side="left"), minlength=len(edges) + 1) / len(e), C.PSI_EPS)
    pa = np.maximum(np.bincount(np.searchsorted(edges, a, side="left"), minlength=len(edges) + 1) / len(a), C.PSI_EPS)
    return float(np.sum((pa - pe) * np.log(pa / pe)))


def ks_statistic(a, b):
    from scipy.stats import ks_2samp
    return float(ks_2samp(a, b).statistic)
