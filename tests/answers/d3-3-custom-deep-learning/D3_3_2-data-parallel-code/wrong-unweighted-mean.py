def logistic_grad(w, X, y):
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (p - y) / len(y)


def data_parallel_step(w, X_shards, y_shards, lr):
    grads = [logistic_grad(w, Xs, ys) for Xs, ys in zip(X_shards, y_shards)]
    return w - lr * np.mean(grads, axis=0)
