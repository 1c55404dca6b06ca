def dawid_skene(ann, n_classes, n_iter=50, smoothing=0.01):
    items = np.sort(ann["item"].unique())
    workers = np.sort(ann["worker"].unique())
    i = np.searchsorted(items, ann["item"].to_numpy())
    w = np.searchsorted(workers, ann["worker"].to_numpy())
    N = np.zeros((len(items), len(workers), n_classes))
    np.add.at(N, (i, w, ann["label"].to_numpy()), 1)
    T = N.sum(axis=1)
    T = T / T.sum(axis=1, keepdims=True)
    for _ in range(n_iter):
        prior = T.mean(axis=0)
        conf = np.einsum("ij,iwl->wjl", T, N) + 0.01
        conf /= conf.sum(axis=2, keepdims=True)
        logT = np.log(prior) + np.einsum("iwl,wjl->ij", N, np.log(conf))
        logT -= logT.max(axis=1, keepdims=True)
        T = np.exp(logT)
        T /= T.sum(axis=1, keepdims=True)
    labels = pd.Series(T.argmax(axis=1), index=items)
    return labels, {wk: conf[j] for j, wk in enumerate(workers)}
