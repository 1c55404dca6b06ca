def feature_roles(X, y, seed=0):
    from sklearn.inspection import permutation_importance
    from sklearn.model_selection import train_test_split
    _, p = f_classif(X, y)
    alone = set(X.columns[p < 1e-3])
    corr = X.corr().abs()
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.5, random_state=seed, stratify=y)
    forest = RandomForestClassifier(n_estimators=60, min_samples_leaf=3, random_state=seed).fit(X_tr, y_tr)
    used = pd.Series(permutation_importance(forest, X_va, y_va, n_repeats=3, random_state=seed).importances_mean,
                     index=X.columns)
    roles = {}
    for c in X.columns:
        if any(corr.loc[c, d] > 0.9 for d in X.columns if d != c):
            roles[c] = "redundant"                 # any correlated pair, even two noise columns
        elif c in alone:
            roles[c] = "signal"
        else:
            roles[c] = "interaction" if used[c] > 0.03 else "noise"
    return roles
