def feature_roles(X, y, seed=0):
    _, p = f_classif(X, y)
    alone = set(X.columns[p < 1e-3])
    corr = X.corr().abs()
    roles = {}
    for c in X.columns:
        if c in alone:
            roles[c] = "redundant" if any(corr.loc[c, d] > 0.9 for d in alone if d != c) else "signal"
        else:
            roles[c] = "noise"                     # never looks at a model that combines columns
    return roles
