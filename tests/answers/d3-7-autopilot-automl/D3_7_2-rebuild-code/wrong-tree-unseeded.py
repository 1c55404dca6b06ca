def rebuild(defn):
    steps = {"impute_median": lambda: SimpleImputer(strategy="median"), "standard_scale": StandardScaler,
             "quantile_normal": lambda: QuantileTransformer(output_distribution="normal")}
    hp = defn["hyperparameters"]
    algos = {"logistic": lambda: LogisticRegression(max_iter=1000, **hp), "knn": lambda: KNeighborsClassifier(**hp),
             "tree": lambda: DecisionTreeClassifier(**hp)}
    return make_pipeline(*[steps[s]() for s in defn["steps"]], algos[defn["algorithm"]]())
