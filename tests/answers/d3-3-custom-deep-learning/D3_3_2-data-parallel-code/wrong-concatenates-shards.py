def logistic_grad(w, X, y):
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(y)


def data_parallel_step(w, X_shards, y_shards, lr):
    X = np.concatenate(X_shards)
    y = np.concatenate(y_shards)
    return w - lr * logistic_grad(w, X, y)
