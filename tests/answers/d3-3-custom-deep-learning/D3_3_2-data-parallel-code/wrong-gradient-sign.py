def logistic_grad(w, X, y):
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (y - p) / len(y)


def data_parallel_step(w, X_shards, y_shards, lr):
    n = np.array([len(ys) for ys in y_shards])
    g = sum(k * logistic_grad(w, Xs, ys) for k, Xs, ys in zip(n, X_shards, y_shards)) / n.sum()
    return w - lr * g
