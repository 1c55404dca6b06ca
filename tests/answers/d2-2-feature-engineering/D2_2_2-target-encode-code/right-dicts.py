from collections import defaultdict

import numpy as np


def target_encode(train_cat, train_y, test_cat, smoothing=10.0):
    cats, ys = list(np.asarray(train_cat, dtype=object)), np.asarray(train_y, dtype=float)
    s, n = defaultdict(float), defaultdict(int)
    for c, v in zip(cats, ys):
        s[c] += v
        n[c] += 1
    prior = ys.mean()
    return np.array([(s[c] + smoothing * prior) / (n[c] + smoothing) if c in n else prior
                     for c in np.asarray(test_cat, dtype=object)])
