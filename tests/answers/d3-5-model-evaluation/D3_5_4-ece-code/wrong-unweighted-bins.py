def ece(y, p, n_bins=10):
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    b = np.searchsorted(np.linspace(0, 1, n_bins + 1)[1:-1], p)
    return float(np.mean([abs(y[b == k].mean() - p[b == k].mean()) for k in np.unique(b)]))   # bins weigh equally
