def ipinsights_csv(events):
    lines = [f"{entity},{ip}" for entity, ip, *_ in events]
    return "\n".join(lines) + ("\n" if lines else "")


def ip_anomaly_scores(train, test, rank=6):
    import pandas as pd
    df = pd.DataFrame([(u, ip.rsplit(".", 1)[0]) for u, ip, *_ in train], columns=["user", "net"])
    M = pd.crosstab(df["user"], df["net"])
    svd = TruncatedSVD(n_components=rank, random_state=0)
    L = np.log1p(M.to_numpy(dtype=float))
    U = svd.fit_transform(L)
    V = svd.components_.T
    urow = {u: i for i, u in enumerate(M.index)}
    ncol = {n: j for j, n in enumerate(M.columns)}
    out = []
    for u, ip, *_ in test:
        n = ip.rsplit(".", 1)[0]
        out.append(-M.iloc[urow[u], ncol[n]] if (u in urow and n in ncol) else None)
    known = [s for s in out if s is not None]
    top = max(known) + 1 if known else 1.0
    return np.array([top if s is None else s for s in out], dtype=float)
