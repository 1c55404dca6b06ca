def dawid_skene(ann, n_classes, n_iter=50, smoothing=0.01):
    items = sorted(ann["item"].unique())
    workers = sorted(ann["worker"].unique())
    pos = {it: n for n, it in enumerate(items)}
    rows = [(pos[a], wk, int(l)) for a, wk, l in zip(ann["item"], ann["worker"], ann["label"])]
    T = np.zeros((len(items), n_classes))
    for a, _, l in rows:
        T[a, l] += 1
    T /= T.sum(axis=1, keepdims=True)
    conf = {}
    for _ in range(n_iter):
        prior = T.mean(axis=0)
        conf = {wk: np.full((n_classes, n_classes), float(smoothing)) for wk in workers}
        for a, wk, l in rows:
            conf[wk][:, l] += T[a]
        for wk in workers:
            conf[wk] = conf[wk] / conf[wk].sum(axis=1, keepdims=True)
        logT = np.tile(np.log(prior), (len(items), 1))
        for a, wk, l in rows:
            logT[a] += np.log(conf[wk][:, l])
        T = np.exp(logT - logT.max(axis=1, keepdims=True))
        T /= T.sum(axis=1, keepdims=True)
    return pd.Series(T.argmax(axis=1), index=items), conf
