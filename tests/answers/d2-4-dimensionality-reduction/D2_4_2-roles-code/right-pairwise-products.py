def feature_roles(X, y, seed=0):
    from itertools import combinations
    y = np.asarray(y)
    p_alone = pd.Series(f_classif(X, y)[1], index=X.columns)
    alone = [c for c in X.columns if p_alone[c] < 1e-3]
    roles = {c: "noise" for c in X.columns}
    for c in alone:
        roles[c] = "signal"
    for a, b in combinations(alone, 2):
        if abs(np.corrcoef(X[a], X[b])[0, 1]) > 0.9:
            roles[a] = roles[b] = "redundant"
    rest = [c for c in X.columns if c not in alone]
    for a, b in combinations(rest, 2):          # an XOR shows in the sign of the product of the centred pair
        prod = np.sign((X[a] - X[a].median()) * (X[b] - X[b].median())).to_numpy()
        if f_classif(prod.reshape(-1, 1), y)[1][0] < 1e-6:
            roles[a] = roles[b] = "interaction"
    return roles
