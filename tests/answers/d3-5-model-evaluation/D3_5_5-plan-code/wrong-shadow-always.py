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
        plan.add("shadow_test")                                  # stakes ignored
    return plan


def shift_auc(X_old, X_new, seed=0):
    X = np.vstack([X_old, X_new])
    d = np.r_[np.zeros(len(X_old)), np.ones(len(X_new))]
    return float(cross_val_score(LogisticRegression(), X, d, cv=StratifiedKFold(5, shuffle=True, random_state=seed),
                                 scoring="roc_auc").mean())
