from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def plot_pca_scatter(ax, X, y):
    """Scatter of the first two principal components of standardized X, coloured by class; returns Z (n, 2)."""
    Xs = (X - X.mean()) / X.std(ddof=0)
    Z = PCA(n_components=2, svd_solver="full").fit_transform(Xs.to_numpy())
    codes, names = pd.factorize(np.asarray(y), sort=True)
    ax.scatter(Z[:, 0], Z[:, 1], c=codes, cmap="viridis", vmin=0, vmax=max(len(names) - 1, 1), s=12)
    ax.set_xlabel("PC1 (standardized)")
    ax.set_ylabel("PC2 (standardized)")
    return Z
