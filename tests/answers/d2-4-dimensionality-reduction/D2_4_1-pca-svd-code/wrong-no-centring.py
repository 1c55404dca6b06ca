def pca_svd(X, var_target=0.95):
    X = np.asarray(X, dtype=float)
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    ratios = s**2 / np.sum(s**2)
    k = int(np.searchsorted(np.cumsum(ratios), var_target) + 1)
    return vt[:k], ratios, k
