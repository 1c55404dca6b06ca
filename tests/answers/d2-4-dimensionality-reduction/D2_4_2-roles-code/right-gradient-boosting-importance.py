def feature_roles(X, y, seed=0):
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.inspection import permutation_importance
    from sklearn.model_selection import train_test_split
    pv = f_classif(X, y)[1]
    own = {c for c, v in zip(X.columns, pv) if v < 1e-3}
    C_abs = X.corr().abs()
    a, b, ya, yb = train_test_split(X, y, test_size=0.5, random_state=seed + 1, stratify=y)
    gb = GradientBoostingClassifier(n_estimators=100, max_depth=3, random_state=seed).fit(a, ya)
    imp = permutation_importance(gb, b, yb, n_repeats=3, random_state=seed).importances_mean
    out = {}
    for j, c in enumerate(X.columns):
        if c in own:
            out[c] = "redundant" if (C_abs.loc[c, sorted(own - {c})] > 0.9).any() else "signal"
        else:
            out[c] = "interaction" if imp[j] > 0.03 else "noise"
    return out
