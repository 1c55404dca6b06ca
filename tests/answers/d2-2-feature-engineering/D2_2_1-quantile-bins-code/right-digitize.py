import numpy as np


def quantile_bins(train_values, test_values, n_bins=4):
    tr = np.asarray(train_values, dtype=float)
    edges = np.percentile(tr, [100 * k / n_bins for k in range(1, n_bins)])
    return np.digitize(tr, edges).astype(int), np.digitize(np.asarray(test_values, float), edges).astype(int)
