# expect: D2_2_1-quantile-bins
import numpy as np


def quantile_bins(train_values, test_values, n_bins=4):
    tr, te = np.asarray(train_values, float), np.asarray(test_values, float)
    edges = np.quantile(tr, np.linspace(0, 1, n_bins + 1)[1:-1])
    train_codes = np.digitize(tr, edges, right=True)          # the training side puts an edge value in the bin below
    return train_codes.astype(int), np.searchsorted(edges, te, side="right").astype(int)
