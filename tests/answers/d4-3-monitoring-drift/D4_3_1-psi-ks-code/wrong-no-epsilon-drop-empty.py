def psi(expected, actual, bins=10):
    e, a = np.asarray(expected, float), np.asarray(actual, float)
    edges = np.unique(np.quantile(e, np.linspace(0, 1, bins + 1))[1:-1])
    pe = np.bincount(np.searchsorted(edges, e, side="right"), minlength=len(edges) + 1) / len(e)
    pa = np.bincount(np.searchsorted(edges, a, side="right"), minlength=len(edges) + 1) / len(a)
    keep = (pe > 0) & (pa > 0)                       # drops empty bins instead of flooring them at C.PSI_EPS
    return float(np.sum((pa[keep] - pe[keep]) * np.log(pa[keep] / pe[keep])))


def ks_statistic(a, b):
    from scipy.stats import ks_2samp
    return float(ks_2samp(a, b).statistic)
