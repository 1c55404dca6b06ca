def permutation_importances(model, X_val, y_val, n_repeats=5, seed=0):
    gen = np.random.default_rng(seed)
    baseline = model.score(X_val, y_val)
    drops = np.zeros((n_repeats, X_val.shape[1]))
    for r in range(n_repeats):
        for j, name in enumerate(X_val.columns):
            work = X_val.copy(deep=True)
            work[name] = gen.permutation(work[name].values)
            drops[r, j] = baseline - model.score(work, y_val)
    imp = pd.Series(drops.mean(axis=0), index=list(X_val.columns))
    return imp.sort_values(ascending=False, kind="stable")
