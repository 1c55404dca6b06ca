def rank_features(X, y, seed=0):
    from sklearn.ensemble import ExtraTreesClassifier
    model = ExtraTreesClassifier(n_estimators=200, random_state=seed).fit(X, y)
    return list(pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False).index)
