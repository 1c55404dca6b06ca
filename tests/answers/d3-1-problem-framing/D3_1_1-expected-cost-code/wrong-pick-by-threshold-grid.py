def expected_cost(y, score, c_fp, c_fn):
    y = np.asarray(y).astype(bool)
    score = np.asarray(score, dtype=float)
    grid = np.linspace(0, 1, 11)                          # a coarse grid misses the best distinct score
    costs = [(c_fp * np.sum((score >= t) & ~y) + c_fn * np.sum((score < t) & y)) / len(y) for t in grid]
    i = int(np.argmin(costs))
    return float(grid[i]), float(costs[i])


def pick_model(y, scores, c_fp, c_fn):
    return min(scores, key=lambda k: expected_cost(y, scores[k], c_fp, c_fn)[1])
