# expect: D2_2_1-quantile-bins
import numpy as np


def quantile_bins(train_values, test_values, n_bins=4):
    def codes(v):
        v = np.asarray(v, float)
        return np.searchsorted(np.quantile(v, np.linspace(0, 1, n_bins + 1)[1:-1]), v, side="right")
    return codes(train_values), codes(test_values)
