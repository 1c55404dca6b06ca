from itertools import combinations


def read_pca_plot(X, y, k=3):
    """What a standardized PCA scatter of X, coloured by y, shows: variance, PC1 drivers, closest classes."""
    A = X.to_numpy(dtype=float)
    A = (A - A.mean(axis=0)) / A.std(axis=0, ddof=1)
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    Z = U[:, :2] * s[:2]
    share = (s[:2] ** 2).sum() / (s ** 2).sum()
    order = np.argsort(np.abs(Vt[0]))[::-1]
    cent = pd.DataFrame(Z).groupby(np.asarray(y)).mean()
    pair = min(combinations(cent.index, 2), key=lambda p: float(np.hypot(*(cent.loc[p[0]] - cent.loc[p[1]]))))
    return {"variance_shown": share, "pc1_drivers": [X.columns[i] for i in order[:k]], "closest_classes": pair}
