from scipy.stats import entropy


def select_uncertain(proba, k, strategy="least_confident"):
    p = np.asarray(proba, dtype=float)
    scores = {
        "least_confident": lambda: 1 - p.max(axis=1),
        "margin": lambda: np.partition(p, -2, axis=1)[:, -2] - p.max(axis=1),
        "entropy": lambda: entropy(p, axis=1),
    }
    if strategy not in scores:
        raise ValueError(f"unknown strategy {strategy}")
    s = scores[strategy]()
    top = np.argpartition(-s, k - 1)[:k]
    return top[np.argsort(-s[top])]
