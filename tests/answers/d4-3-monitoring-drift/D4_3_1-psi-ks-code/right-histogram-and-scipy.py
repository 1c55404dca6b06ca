def psi(expected, actual, bins=10):
    e, a = np.asarray(expected, float), np.asarray(actual, float)
    edges = np.unique(np.quantile(e, np.linspace(0, 1, bins + 1))[1:-1])
    cuts = np.concatenate([[-np.inf], edges, [np.inf]])
    # a value on an edge belongs to the bin above: count with left-closed intervals [lo, hi)
    pe = np.array([np.mean((e >= lo) & (e < hi)) for lo, hi in zip(cuts[:-1], cuts[1:])])
    pa = np.array([np.mean((a >= lo) & (a < hi)) for lo, hi in zip(cuts[:-1], cuts[1:])])
    pe, pa = np.clip(pe, C.PSI_EPS, None), np.clip(pa, C.PSI_EPS, None)
    return float(((pa - pe) * np.log(pa / pe)).sum())


def ks_statistic(a, b):
    from scipy.stats import ks_2samp
    return float(ks_2samp(a, b).statistic)
