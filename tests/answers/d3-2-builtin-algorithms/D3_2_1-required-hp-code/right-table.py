def builtin_hyperparameters(algorithm, y, feature_dim, k=10):
    y = np.asarray(y)
    kind = "reg" if np.any(np.floor(y) != y) else ("bin" if np.unique(y).size == 2 else "multi")
    if algorithm == "linear-learner":
        pt = {"reg": "regressor", "bin": "binary_classifier", "multi": "multiclass_classifier"}[kind]
        out = {"predictor_type": pt, "feature_dim": f"{feature_dim}"}
        if kind == "multi":
            out["num_classes"] = f"{np.unique(y).size}"
        return out
    if algorithm == "knn":
        return {"feature_dim": f"{feature_dim}", "k": f"{k}", "sample_size": f"{y.size}",
                "predictor_type": "regressor" if kind == "reg" else "classifier"}
    if algorithm == "factorization-machines" and kind != "multi":
        return {"feature_dim": f"{feature_dim}", "num_factors": f"{k}",
                "predictor_type": "regressor" if kind == "reg" else "binary_classifier"}
    raise ValueError(algorithm)
