def permutation_importances(model, X_val, y_val, n_repeats=5, seed=0):
    from sklearn.inspection import permutation_importance
    res = permutation_importance(model, X_val, y_val, n_repeats=n_repeats, random_state=seed)
    return pd.Series(res.importances_mean, index=X_val.columns).sort_values(ascending=False)
