def builtin_hyperparameters(algorithm, y, feature_dim, k=10):
    y = np.asarray(y)
    regression = bool(np.any(y != np.round(y)))
    n = len(np.unique(y))
    hp = {"feature_dim": str(feature_dim)}
    if algorithm == "linear-learner":
        hp["predictor_type"] = "regressor" if regression else ("binary_classifier" if n == 2 else "multiclass_classifier")
    elif algorithm == "knn":
        hp.update(k=str(k), sample_size=str(len(y)), predictor_type="regressor" if regression else "classifier")
    elif algorithm == "factorization-machines":
        if not regression and n > 2:
            raise ValueError("no multiclass")
        hp.update(num_factors=str(k), predictor_type="regressor" if regression else "binary_classifier")
    else:
        raise ValueError(algorithm)
    return hp
