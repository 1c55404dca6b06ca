def expected_cost(y, score, c_fp, c_fn):
    from sklearn.metrics import roc_curve
    y = np.asarray(y)
    fpr, tpr, thr = roc_curve(y, score, drop_intermediate=False)
    P, N = y.sum(), len(y) - y.sum()
    costs = (c_fp * fpr * N + c_fn * (1 - tpr) * P) / len(y)
    i = int(np.argmin(costs))
    return float(thr[i]), float(costs[i])


def pick_model(y, scores, c_fp, c_fn):
    return sorted(scores, key=lambda k: expected_cost(y, scores[k], c_fp, c_fn)[1])[0]
