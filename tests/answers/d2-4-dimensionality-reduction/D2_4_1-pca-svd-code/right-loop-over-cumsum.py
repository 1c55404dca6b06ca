def pca_svd(X, var_target=0.95):
    A = np.array(X, dtype=np.float64)
    A -= A.mean(0)
    u, sing, vh = np.linalg.svd(A, full_matrices=False)
    var = sing ** 2
    ratios = var / var.sum()
    total, k = 0.0, 0
    for r in ratios:
        total += r
        k += 1
        if total >= var_target:
            break
    return -vh[:k], ratios, k          # a sign flip of every axis is still the same axes
