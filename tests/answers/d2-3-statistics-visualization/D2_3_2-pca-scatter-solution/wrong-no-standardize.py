from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def plot_pca_scatter(ax, X, y):
    """Scatter of the first two principal components of standardized X, coloured by class; returns Z (n, 2)."""
    Z = PCA(n_components=2).fit_transform(np.asarray(X, float))
    y = np.asarray(y)
    for k in sorted(set(y)):
        ax.scatter(Z[y == k, 0], Z[y == k, 1], label=str(k))
    ax.set_xlabel("PC1"); ax.set_ylabel("PC2"); ax.legend()
    return Z
