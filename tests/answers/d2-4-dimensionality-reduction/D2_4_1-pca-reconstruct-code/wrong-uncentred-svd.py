def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    _, _, vt = np.linalg.svd(X, full_matrices=False)
    return X @ vt[:k].T @ vt[:k]
