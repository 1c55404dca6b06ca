from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def plot_pca_scatter(ax, X, y):
    """Scatter of the first two principal components of standardized X, coloured by class; returns Z (n, 2)."""
    Z = PCA(n_components=2).fit_transform(StandardScaler().fit_transform(X))
    ax.scatter(Z[:, 0], Z[:, 1], s=10)
    ax.set_xlabel("PC1"); ax.set_ylabel("PC2")
    return Z
