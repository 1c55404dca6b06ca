from itertools import combinations
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def read_pca_plot(X, y, k=3):
    """What a standardized PCA scatter of X, coloured by y, shows: variance, PC1 drivers, closest classes."""
    pca = PCA(n_components=2)
    Z = pd.DataFrame(pca.fit_transform(StandardScaler().fit_transform(X)), index=X.index, columns=["pc1", "pc2"])
    drivers = list(pd.Series(np.abs(pca.components_[0]), index=X.columns).nlargest(k).index)
    cent = Z.groupby(y).mean()                                  # aligns y on X's index labels
    best = min(combinations(cent.index, 2), key=lambda p: np.linalg.norm(cent.loc[p[0]] - cent.loc[p[1]]))
    return {"variance_shown": pca.explained_variance_ratio_.sum(), "pc1_drivers": drivers, "closest_classes": best}
