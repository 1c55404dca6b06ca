def rank_features(X, y, seed=0):
    from sklearn.ensemble import GradientBoostingClassifier
    gb = GradientBoostingClassifier(random_state=seed).fit(X, y)
    pairs = sorted(zip(gb.feature_importances_, X.columns), key=lambda t: -t[0])
    return [name for _, name in pairs]
