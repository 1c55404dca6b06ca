def pretraining_bias(facet_d, y):
    d, y = np.asarray(facet_d).astype(bool), np.asarray(y).astype(bool)
    return {"CI": (d.sum() - (~d).sum()) / len(d), "DPL": y[d].mean() - y[~d].mean()}


def posttraining_bias(facet_d, y, yhat):
    d, y, h = (np.asarray(v).astype(bool) for v in (facet_d, y, yhat))
    qa, qd = h[~d].mean(), h[d].mean()
    return {"DPPL": qd - qa, "DI": qd / qa, "RD": h[d & y].mean() - h[~d & y].mean()}
