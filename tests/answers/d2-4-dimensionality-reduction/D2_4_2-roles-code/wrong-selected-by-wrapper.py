def feature_roles(X, y, seed=0):
    # roles from what the selectors keep: kept by the filter and the wrapper = signal, by the filter only =
    # redundant, by the wrapper only = interaction
    k = 5
    f = set(filter_mi(X, y, k, seed))
    w = set(wrapper_rfe_forest(X, y, k, seed))
    roles = {}
    for c in X.columns:
        if c in f and c in w:
            roles[c] = "signal"
        elif c in f:
            roles[c] = "redundant"
        elif c in w:
            roles[c] = "interaction"
        else:
            roles[c] = "noise"
    return roles
