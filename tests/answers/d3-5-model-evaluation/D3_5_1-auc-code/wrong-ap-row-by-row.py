def roc_auc(y, score):
    y = np.asarray(y).astype(bool)
    r = rankdata(score)
    n1 = y.sum()
    return float((r[y].sum() - n1 * (n1 + 1) / 2) / (n1 * (len(y) - n1)))


def average_precision(y, score):
    y = np.asarray(y).astype(bool)
    t = y[np.argsort(-np.asarray(score, dtype=float), kind="stable")]   # tied rows enter one at a time
    tp = np.cumsum(t)
    p, r = tp / np.arange(1, len(t) + 1), tp / t.sum()
    return float(np.sum(np.diff(np.r_[0.0, r]) * p))
