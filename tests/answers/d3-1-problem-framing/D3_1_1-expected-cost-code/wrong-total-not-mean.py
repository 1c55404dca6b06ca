def expected_cost(y, score, c_fp, c_fn):
    y = np.asarray(y).astype(bool)
    score = np.asarray(score, dtype=float)
    best = (np.inf, c_fn * y.sum())
    for t in np.unique(score):
        f = score >= t
        c = c_fp * np.sum(f & ~y) + c_fn * np.sum(~f & y)       # total cost, not per row
        if c < best[1]:
            best = (float(t), float(c))
    return best


def pick_model(y, scores, c_fp, c_fn):
    return min(scores, key=lambda k: expected_cost(y, scores[k], c_fp, c_fn)[1])
