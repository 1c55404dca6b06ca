def fm_predict(w0, w, V, X, predictor_type="regressor"):
    Xs = sparse.csr_matrix(X, dtype=float)
    V = np.asarray(V, dtype=float)
    linear = np.asarray(Xs @ np.asarray(w, dtype=float)).ravel() + w0
    inter = 0.5 * (np.asarray(Xs @ V) ** 2 - np.asarray(Xs.power(2) @ np.square(V))).sum(axis=1)
    s = linear + np.asarray(inter).ravel()
    if predictor_type == "binary_classifier":
        return 1.0 / (1.0 + np.exp(-s))
    return s
