def expected_cost(y, score, c_fp, c_fn):
    y = np.asarray(y).astype(bool)
    score = np.asarray(score, dtype=float)
    costs = [(float(t), (c_fp * np.sum((score >= t) & ~y) + c_fn * np.sum((score < t) & y)) / len(y))
             for t in np.unique(score)]
    return min(costs, key=lambda tc: tc[1])


def pick_model(y, scores, c_fp, c_fn):
    return min(scores, key=lambda k: expected_cost(y, scores[k], c_fp, c_fn)[1])
