def expected_cost(y, score, c_fp, c_fn):
    y = np.asarray(y).astype(int)
    s = np.asarray(score, dtype=float)
    ts = np.unique(s)                                     # ascending
    order = np.argsort(s)
    s_sorted, y_sorted = s[order], y[order]
    # rows strictly below threshold t are unflagged
    below = np.searchsorted(s_sorted, ts, side="left")
    fn = np.r_[0, np.cumsum(y_sorted)][below]
    fp = (len(y) - y.sum()) - (below - fn)
    costs = np.r_[(c_fp * fp + c_fn * fn) / len(y), c_fn * y.sum() / len(y)]
    thresholds = np.r_[ts, np.inf]
    i = int(np.argmin(costs))
    return float(thresholds[i]), float(costs[i])


def pick_model(y, scores, c_fp, c_fn):
    costs = {k: expected_cost(y, v, c_fp, c_fn)[1] for k, v in scores.items()}
    return min(costs, key=costs.get)
