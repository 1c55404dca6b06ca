from sklearn.pipeline import make_pipeline
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from scipy.spatial.distance import pdist, squareform


def read_pca_plot(X, y, k=3):
    """What a standardized PCA scatter of X, coloured by y, shows: variance, PC1 drivers, closest classes."""
    pipe = make_pipeline(StandardScaler(), PCA(n_components=2, random_state=0))
    Z = pipe.fit_transform(X)
    pca = pipe[-1]
    load = pd.Series(pca.components_[0], index=X.columns).abs().sort_values(ascending=False)
    classes = np.unique(np.asarray(y))
    cent = np.array([Z[np.asarray(y) == c].mean(axis=0) for c in classes])
    D = squareform(pdist(cent))
    np.fill_diagonal(D, np.inf)
    i, j = np.unravel_index(np.argmin(D), D.shape)
    return {"variance_shown": float(np.sum(pca.explained_variance_ratio_)),
            "pc1_drivers": load.index[:k].tolist(), "closest_classes": (classes[i], classes[j])}
