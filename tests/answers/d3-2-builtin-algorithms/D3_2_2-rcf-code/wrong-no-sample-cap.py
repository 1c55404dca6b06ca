def shingle(series, w):
    s = np.asarray(series, dtype=float)
    return np.array([s[i:i + w] for i in range(len(s) - w + 1)])


def rcf_scores(series, w, num_trees=100, num_samples_per_tree=256, seed=0):
    S = shingle(series, w)
    f = IsolationForest(n_estimators=num_trees, max_samples=num_samples_per_tree, random_state=seed)
    f.fit(S)
    return -f.score_samples(S)


def rcf_hyperparameters(feature_dim, num_trees=100, num_samples_per_tree=256):
    if feature_dim < 1 or feature_dim > 10000 or num_trees < 50 or num_trees > 1000:
        raise ValueError("out of range")
    if num_samples_per_tree < 1 or num_samples_per_tree > 2048:
        raise ValueError("out of range")
    return {k: str(v) for k, v in dict(feature_dim=feature_dim, num_trees=num_trees,
                                         num_samples_per_tree=num_samples_per_tree).items()}
