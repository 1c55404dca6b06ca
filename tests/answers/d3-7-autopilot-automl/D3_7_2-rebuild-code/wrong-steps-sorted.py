def rebuild(defn):
    steps = {"impute_median": lambda: SimpleImputer(strategy="median"), "standard_scale": StandardScaler,
             "quantile_normal": lambda: QuantileTransformer(n_quantiles=100, output_distribution="normal", random_state=0)}
    hp = defn["hyperparameters"]
    algos = {"logistic": lambda: LogisticRegression(max_iter=1000, **hp), "knn": lambda: KNeighborsClassifier(**hp),
             "tree": lambda: DecisionTreeClassifier(random_state=0, **hp)}
    return make_pipeline(*[steps[s]() for s in sorted(defn["steps"])], algos[defn["algorithm"]]())
