def rule_or_model(X, y, rule, seed=0):
    from sklearn.metrics import accuracy_score
    from sklearn.model_selection import train_test_split
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=seed, stratify=y)
    clf = HistGradientBoostingClassifier(max_iter=50, random_state=seed).fit(X_tr, y_tr)
    out = {"rule": accuracy_score(y_te, rule(X_te)), "model": accuracy_score(y_te, clf.predict(X_te))}
    out["choice"] = "model" if out["model"] >= out["rule"] + C.RULES_MIN_GAIN else "rules"
    return out
