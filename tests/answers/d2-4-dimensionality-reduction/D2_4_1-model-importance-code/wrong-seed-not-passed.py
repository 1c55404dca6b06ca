# expect: D2_4_1-model-importance
def rank_features(X, y, seed=0):
    from sklearn.ensemble import RandomForestClassifier
    forest = RandomForestClassifier(n_estimators=100).fit(X, y)
    return [str(c) for c in X.columns[np.argsort(-forest.feature_importances_)]]
