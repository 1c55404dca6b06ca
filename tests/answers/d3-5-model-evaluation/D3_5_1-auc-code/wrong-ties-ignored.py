def roc_auc(y, score):
    y = np.asarray(y).astype(bool)
    s = np.asarray(score, dtype=float)
    pos, neg = s[y][:, None], s[~y][None, :]
    return float(np.mean(pos > neg))                      # a tie counts 0, not one half


def average_precision(y, score):
    y = np.asarray(y).astype(bool)
    s = np.asarray(score, dtype=float)
    o = np.argsort(-s, kind="stable")
    s, t = s[o], y[o]
    tp, fp = np.cumsum(t), np.cumsum(~t)
    last = np.r_[s[1:] != s[:-1], True]
    p, r = tp[last] / (tp[last] + fp[last]), tp[last] / t.sum()
    return float(np.sum(np.diff(np.r_[0.0, r]) * p))
