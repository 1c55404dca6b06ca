from sklearn.manifold import TSNE


def tsne_embed(X, seed=0):
    model = TSNE(random_state=seed, max_iter=500, init="pca", perplexity=30.0, n_components=2)
    return model.fit_transform(np.array(X, dtype=np.float64))
