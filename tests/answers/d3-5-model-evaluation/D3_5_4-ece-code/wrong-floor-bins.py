def ece(y, p, n_bins=10):
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    b = np.minimum((p * n_bins).astype(int), n_bins - 1)        # an inner edge goes to the upper bin
    return float(sum((b == k).mean() * abs(y[b == k].mean() - p[b == k].mean()) for k in np.unique(b)))
