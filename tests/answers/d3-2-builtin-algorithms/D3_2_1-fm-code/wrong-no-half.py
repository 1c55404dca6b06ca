def fm_predict(w0, w, V, X, predictor_type="regressor"):
    X = sparse.csr_matrix(X)
    V = np.asarray(V, dtype=float)
    s = np.asarray(w0 + X @ np.asarray(w) + ((X @ V) ** 2 - X.multiply(X) @ (V ** 2)).sum(axis=1)).ravel()
    return 1 / (1 + np.exp(-s)) if predictor_type == "binary_classifier" else s
