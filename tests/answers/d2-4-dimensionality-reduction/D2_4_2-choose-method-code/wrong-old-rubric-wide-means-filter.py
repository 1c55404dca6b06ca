def choose_fs_method(n_rows, n_features, budget_s, interpretability, model_family):
    fit_s = n_rows * n_features / 1e6
    own = model_family in ("linear", "tree")
    if n_features > n_rows or budget_s < fit_s:
        return "filter"
    if interpretability == "high" and own:
        return "embedded"
    if n_features * fit_s <= budget_s:
        return "wrapper"
    return "embedded" if own else "filter"
