def rank_features(X, y, seed=0):
    y = np.asarray(y, dtype=float)
    score = {c: abs(np.corrcoef(X[c].to_numpy(dtype=float), y)[0, 1]) for c in X.columns}
    return sorted(score, key=score.get, reverse=True)
