def rule_or_model(X, y, rule, seed=0):
    from sklearn.model_selection import train_test_split
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=seed, stratify=y)
    clf = HistGradientBoostingClassifier(max_iter=50, random_state=seed).fit(X_tr, y_tr)
    r, m = float(np.mean(rule(X) == y)), float(clf.score(X_te, y_te))                  # not the same rows
    return {"rule": r, "model": m, "choice": "model" if m - r >= C.RULES_MIN_GAIN else "rules"}
