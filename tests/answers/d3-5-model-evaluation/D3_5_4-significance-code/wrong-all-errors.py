def mcnemar_p(y, pred_a, pred_b):
    y, a, b = np.asarray(y), np.asarray(pred_a), np.asarray(pred_b)
    ea, eb = int((a != y).sum()), int((b != y).sum())           # all errors, not the discordant rows
    return 1.0 if ea + eb == 0 else float(binomtest(ea, ea + eb, 0.5).pvalue)


def bootstrap_auc_diff(y, p_a, p_b, n_boot, seed):
    y, p_a, p_b = np.asarray(y), np.asarray(p_a), np.asarray(p_b)
    rng = np.random.default_rng(seed)
    d = []
    for _ in range(n_boot):
        i = rng.integers(0, len(y), size=len(y))
        if len(np.unique(y[i])) > 1:
            d.append(roc_auc_score(y[i], p_b[i]) - roc_auc_score(y[i], p_a[i]))
    return (roc_auc_score(y, p_b) - roc_auc_score(y, p_a), *np.percentile(d, [2.5, 97.5]))
