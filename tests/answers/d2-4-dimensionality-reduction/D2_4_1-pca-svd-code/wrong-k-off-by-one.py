def pca_svd(X, var_target=0.95):
    X = np.asarray(X, dtype=float)
    _, s, vt = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    ratios = s**2 / np.sum(s**2)
    k = int(np.searchsorted(np.cumsum(ratios), var_target))      # the index of the first component, not the count
    return vt[:k], ratios, k
