from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def read_pca_plot(X, y, k=3):
    """What a standardized PCA scatter of X, coloured by y, shows: variance, PC1 drivers, closest classes."""
    pca = PCA(n_components=2)
    Z = pca.fit_transform(X.to_numpy(dtype=float))
    drivers = list(X.columns[np.argsort(-np.abs(pca.components_[0]))[:k]])
    lab = np.asarray(y)
    cls = sorted(set(lab))
    cent = {c: Z[lab == c].mean(axis=0) for c in cls}
    pairs = [(a, b) for i, a in enumerate(cls) for b in cls[i + 1:]]
    best = min(pairs, key=lambda p: np.linalg.norm(cent[p[0]] - cent[p[1]]))
    return {"variance_shown": pca.explained_variance_ratio_.sum(), "pc1_drivers": drivers, "closest_classes": best}
