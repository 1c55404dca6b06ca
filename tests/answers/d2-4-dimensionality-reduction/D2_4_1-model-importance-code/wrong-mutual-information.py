def rank_features(X, y, seed=0):
    from sklearn.feature_selection import mutual_info_classif
    mi = mutual_info_classif(X, y, random_state=seed)
    return [str(c) for c in X.columns[np.argsort(-mi)]]
