def choose_fs_method(n_rows, n_features, budget_s, interpretability, model_family):
    one_fit = n_rows / 1e6 * n_features
    all_fits = one_fit * n_features
    can_select = model_family == "linear" or model_family == "tree"
    if one_fit > budget_s:
        answer = "filter"
    elif n_features > n_rows:
        answer = "embedded" if model_family == "linear" else "filter"
    elif can_select and interpretability == "high":
        answer = "embedded"
    elif all_fits <= budget_s:
        answer = "wrapper"
    else:
        answer = "embedded" if can_select else "filter"
    return answer
