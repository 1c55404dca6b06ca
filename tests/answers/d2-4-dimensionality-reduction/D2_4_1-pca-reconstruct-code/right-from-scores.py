def pca_reconstruct(X, k):
    X = np.asarray(X, dtype=float)
    centre = X.mean(axis=0)
    u, s, vt = np.linalg.svd(X - centre, full_matrices=False)
    scores = u[:, :k] * s[:k]
    return scores @ vt[:k] + centre
