def builtin_hyperparameters(algorithm, y, feature_dim, k=10):
    y = np.asarray(y)
    regression = bool(np.any(y != np.round(y)))
    n = len(np.unique(y))
    hp = {"feature_dim": str(feature_dim)}
    if algorithm == "linear-learner":
        if regression:
            hp["predictor_type"] = "regressor"
        elif n == 2:
            hp["predictor_type"] = "binary_classifier"
        else:
            hp.update(predictor_type="multiclass_classifier", num_classes=str(n))
    elif algorithm == "knn":
        hp.update(k=str(k), sample_size=str(len(y)), predictor_type="regressor" if regression else "classifier")
    elif algorithm == "factorization-machines":
        hp.update(num_factors=str(k), predictor_type="regressor" if regression else "binary_classifier")
    else:
        raise ValueError(algorithm)
    return hp
