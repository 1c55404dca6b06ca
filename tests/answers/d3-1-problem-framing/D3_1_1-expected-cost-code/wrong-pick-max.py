def expected_cost(y, score, c_fp, c_fn):
    y = np.asarray(y).astype(bool)
    score = np.asarray(score, dtype=float)
    best_t, best_c = np.inf, c_fn * y.sum() / len(y)
    for t in np.unique(score):
        f = score >= t
        c = (c_fp * np.sum(f & ~y) + c_fn * np.sum(~f & y)) / len(y)
        if c < best_c:
            best_t, best_c = float(t), float(c)
    return best_t, best_c


def pick_model(y, scores, c_fp, c_fn):
    # the model with the lowest threshold, as if a lower threshold meant a better model
    return min(scores, key=lambda k: expected_cost(y, scores[k], c_fp, c_fn)[0])
