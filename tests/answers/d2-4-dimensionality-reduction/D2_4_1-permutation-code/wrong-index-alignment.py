def permutation_importances(model, X_val, y_val, n_repeats=5, seed=0):
    rng = np.random.default_rng(seed)
    base = model.score(X_val, y_val)
    out = {}
    for col in X_val.columns:
        drops = []
        for _ in range(n_repeats):
            shuffled = X_val.copy()
            shuffled[col] = shuffled[col].sample(frac=1, random_state=int(rng.integers(1e9)))  # aligns back on the index
            drops.append(base - model.score(shuffled, y_val))
        out[col] = float(np.mean(drops))
    return pd.Series(out).sort_values(ascending=False)
