def tsne_embed(X, seed=0):
    from sklearn.manifold import TSNE
    return TSNE(n_components=2, random_state=seed).fit_transform(np.asarray(X, dtype=float))
