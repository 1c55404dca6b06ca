def logistic_grad(w, X, y):
    from scipy.special import expit
    return (expit(X @ w) - y) @ X / X.shape[0]


def data_parallel_step(w, X_shards, y_shards, lr):
    total = sum(len(ys) for ys in y_shards)
    summed = np.zeros_like(w, dtype=float)
    for Xs, ys in zip(X_shards, y_shards):          # each worker sends its gradient sum; all-reduce adds them
        summed += logistic_grad(w, Xs, ys) * len(ys)
    return w - lr * summed / total
