"""A table built to show what each feature-selection method can and cannot see: seeded, no network.

Used by the D2.4.2 exercise (which selector keeps which feature, and why). The label depends on

- one strong column and a near-copy of it (``redundant``: each carries the signal alone, together they add
  nothing; the pair is correlated above 0.99);
- one independent moderate column (``signal``);
- two columns that matter only together: the label follows the sign of their product, an XOR
  (``interaction``: each alone is independent of the label);
- noise columns (``noise``), one pair of them correlated above 0.9 with each other but not with the label.

Every column gets its own scale and offset, and the names ``c00``, ``c01``, ... are assigned in a seeded random
order, so neither the position, the name nor the scale of a column says what it is.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

ROLES = ("signal", "redundant", "interaction", "noise")


def make_selection_traps(seed: int = 0, n_rows: int = 1500, n_noise: int = 10, return_roles: bool = False):
    """``(X, y)``: a float DataFrame of ``5 + n_noise`` columns and a 0/1 Series named ``label``.

    With ``return_roles=True`` also returns ``{column: role}`` with roles from ``ROLES`` (for graders).
    """
    if n_noise < 2:
        raise ValueError("need n_noise >= 2 (one correlated noise pair)")
    rng = np.random.default_rng([seed, 2404])
    a = rng.normal(size=n_rows)
    b = rng.normal(size=n_rows)
    u, v = rng.normal(size=n_rows), rng.normal(size=n_rows)
    y = ((1.2 * a + 0.9 * b + 1.8 * np.sign(u * v) + rng.normal(scale=0.6, size=n_rows)) > 0).astype(int)
    noise = rng.normal(size=(n_rows, n_noise))
    noise[:, 1] = 0.95 * noise[:, 0] + np.sqrt(1 - 0.95**2) * noise[:, 1]
    cols = np.column_stack([a, a + rng.normal(scale=0.08, size=n_rows), b, u, v, noise])
    roles = ["redundant", "redundant", "signal", "interaction", "interaction"] + ["noise"] * n_noise
    cols = cols * rng.uniform(0.5, 20.0, size=cols.shape[1]) + rng.uniform(-5, 5, size=cols.shape[1])
    names = np.array([f"c{j:02d}" for j in range(cols.shape[1])])
    order = rng.permutation(cols.shape[1])            # column j gets the name names[order[j]]
    X = pd.DataFrame(cols, columns=names[order]).sort_index(axis=1)
    label = pd.Series(y, name="label")
    if return_roles:
        return X, label, {str(names[order[j]]): roles[j] for j in range(cols.shape[1])}
    return X, label
