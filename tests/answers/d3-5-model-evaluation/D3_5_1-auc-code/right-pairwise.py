def roc_auc(y, score):
    y = np.asarray(y).astype(bool)
    s = np.asarray(score, dtype=float)
    pos, neg = s[y][:, None], s[~y][None, :]
    return float(np.mean((pos > neg) + 0.5 * (pos == neg)))


def average_precision(y, score):
    y = np.asarray(y).astype(int)
    s = np.asarray(score, dtype=float)
    ap, prev_r = 0.0, 0.0
    for t in np.sort(np.unique(s))[::-1]:
        flag = s >= t
        tp = np.sum(flag & (y == 1))
        r = tp / y.sum()
        ap += (r - prev_r) * tp / flag.sum()
        prev_r = r
    return float(ap)
