def select_uncertain(proba, k, strategy="least_confident"):
    p = np.asarray(proba, dtype=float)
    if strategy == "least_confident":
        score = 1 - p.max(axis=1)
    elif strategy == "margin":
        top2 = np.sort(p, axis=1)[:, -2:]
        score = -(top2[:, 1] - top2[:, 0])
    elif strategy == "entropy":
        score = -(p * np.log(np.where(p > 0, p, 1.0))).sum(axis=1)
    else:
        raise ValueError(strategy)
    return np.argsort(score)[:k]
