"""A wide table where only a few columns carry the label's signal: seeded, no network.

Used by the D2.4.1 and D2.4.2 exercises (importance ranking and feature selection). The two classes are
balanced; each of the ``n_informative`` columns is shifted between them (a clear effect of its own, as
in linear discriminant analysis); the other columns are noise, some of them correlated in pairs. Column names ``f00``, ``f01``, ... are assigned in
a seeded random order, so the position of a column says nothing about its role.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def make_sparse_signal(seed: int = 0, n_rows: int = 600, n_features: int = 40, n_informative: int = 5,
                       return_informative: bool = False):
    """``(X, y)``: a float DataFrame of ``n_features`` columns and a 0/1 Series named ``label``.

    With ``return_informative=True`` also returns the set of informative column names (for graders).
    """
    if not 1 <= n_informative < n_features:
        raise ValueError("need 1 <= n_informative < n_features")
    rng = np.random.default_rng([seed, 2402])
    y = rng.permutation(np.arange(n_rows) % 2)
    X = rng.normal(size=(n_rows, n_features))
    # some noise columns are correlated in pairs, as real tables are
    noise = np.arange(n_informative, n_features)
    for a, b in zip(noise[0::4], noise[1::4]):
        X[:, b] = 0.7 * X[:, a] + np.sqrt(1 - 0.49) * X[:, b]
    # each informative column is shifted between the classes (standardised effect 0.7 to 1.1)
    shift = rng.uniform(0.35, 0.55, size=n_informative) * rng.choice([-1.0, 1.0], size=n_informative)
    X[:, :n_informative] += np.outer(2 * y - 1, shift)
    # different scales per column, so methods that need standardising show it
    X = X * rng.uniform(0.5, 20.0, size=n_features) + rng.uniform(-5, 5, size=n_features)
    width = max(2, len(str(n_features - 1)))
    names = np.array([f"f{j:0{width}d}" for j in range(n_features)])
    order = rng.permutation(n_features)            # column j of X gets the name names[order[j]]
    df = pd.DataFrame(X, columns=names[order]).sort_index(axis=1)
    label = pd.Series(y, name="label")
    if return_informative:
        return df, label, set(names[order[:n_informative]])
    return df, label
