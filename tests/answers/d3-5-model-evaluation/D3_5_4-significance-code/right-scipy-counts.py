def mcnemar_p(y, pred_a, pred_b):
    y, a, b = np.asarray(y), np.asarray(pred_a), np.asarray(pred_b)
    only_a = int(((a == y) & (b != y)).sum())
    only_b = int(((a != y) & (b == y)).sum())
    return 1.0 if only_a + only_b == 0 else float(binomtest(only_b, only_a + only_b).pvalue)


def bootstrap_auc_diff(y, p_a, p_b, n_boot, seed):
    y, p_a, p_b = np.asarray(y), np.asarray(p_a), np.asarray(p_b)
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n_boot):
        i = rng.integers(0, len(y), size=len(y))
        if y[i].min() == y[i].max():
            continue
        out.append(roc_auc_score(y[i], p_b[i]) - roc_auc_score(y[i], p_a[i]))
    return roc_auc_score(y, p_b) - roc_auc_score(y, p_a), *np.percentile(out, [2.5, 97.5])
