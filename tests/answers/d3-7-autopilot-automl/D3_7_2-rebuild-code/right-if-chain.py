def rebuild(defn):
    parts = []
    for name in defn["steps"]:
        if name == "impute_median":
            parts.append(SimpleImputer(strategy="median"))
        elif name == "standard_scale":
            parts.append(StandardScaler())
        elif name == "quantile_normal":
            parts.append(QuantileTransformer(n_quantiles=100, output_distribution="normal", random_state=0))
    hp = defn["hyperparameters"]
    if defn["algorithm"] == "logistic":
        parts.append(LogisticRegression(max_iter=1000, **hp))
    elif defn["algorithm"] == "knn":
        parts.append(KNeighborsClassifier(**hp))
    else:
        parts.append(DecisionTreeClassifier(random_state=0, **hp))
    return make_pipeline(*parts)
