def kmeans_hyperparameters(X, ks, seed=0):
    X = np.asarray(X, dtype=float)
    ks = list(ks)
    scores = [silhouette_score(X, KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(X)) for k in ks]
    return {"k": str(ks[int(np.argmax(scores))]), "feature_dim": str(X.shape[1])}


def pca_hyperparameters(n_rows, n_features, num_components, mini_batch_size=500):
    if num_components >= n_features:
        raise ValueError("too many components")
    big = n_rows >= C.PCA_RANDOMIZED_MIN_ROWS or n_features >= C.PCA_RANDOMIZED_MIN_FEATURES
    return {"feature_dim": str(n_features), "num_components": str(num_components),
            "mini_batch_size": str(mini_batch_size), "algorithm_mode": "randomized" if big else "regular"}
