def permutation_importances(model, X_val, y_val, n_repeats=5, seed=0):
    from sklearn.base import clone
    rng = np.random.default_rng(seed)
    base = model.score(X_val, y_val)
    out = {}
    for col in X_val.columns:
        drops = []
        for _ in range(n_repeats):
            shuffled = X_val.copy()
            shuffled[col] = rng.permutation(shuffled[col].to_numpy())
            refit = clone(model).fit(shuffled, y_val)          # refits on the shuffled validation rows
            drops.append(base - refit.score(shuffled, y_val))
        out[col] = float(np.mean(drops))
    return pd.Series(out).sort_values(ascending=False)
