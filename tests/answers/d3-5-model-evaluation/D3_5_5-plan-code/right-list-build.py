from sklearn.model_selection import StratifiedKFold, cross_val_score


def evaluation_plan(ctx):
    checks = ["holdout_metrics"]
    checks += ["bias_metrics"] * ctx["protected_attributes"]
    checks += ["explanations", "model_card"] * ctx["regulated"]
    checks += ["temporal_holdout", "shift_test"] * ctx["nonstationary"]
    if ctx["replaces_model"]:
        checks.append(["ab_test", "shadow_test"][ctx["high_stakes"]])
    return set(checks)


def shift_auc(X_old, X_new, seed=0):
    X = np.concatenate([np.asarray(X_old, float), np.asarray(X_new, float)])
    d = np.array([0] * len(X_old) + [1] * len(X_new))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    return float(np.mean(cross_val_score(LogisticRegression(), X, d, cv=folds, scoring="roc_auc")))
