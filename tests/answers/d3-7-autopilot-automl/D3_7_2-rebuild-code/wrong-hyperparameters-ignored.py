def rebuild(defn):
    steps = {"impute_median": SimpleImputer(strategy="median"), "standard_scale": StandardScaler(),
             "quantile_normal": QuantileTransformer(n_quantiles=100, output_distribution="normal", random_state=0)}
    algos = {"logistic": LogisticRegression(max_iter=1000), "knn": KNeighborsClassifier(),
             "tree": DecisionTreeClassifier(random_state=0)}
    return make_pipeline(*[steps[s] for s in defn["steps"]], algos[defn["algorithm"]])
