def pca_svd(X, var_target=0.95):
    X = np.asarray(X, dtype=float)
    sd = X.std(axis=0)
    Z = (X - X.mean(axis=0)) / np.where(sd > 0, sd, 1)
    _, s, vt = np.linalg.svd(Z, full_matrices=False)
    ratios = s**2 / np.sum(s**2)
    k = int(np.searchsorted(np.cumsum(ratios), var_target) + 1)
    return vt[:k], ratios, k
