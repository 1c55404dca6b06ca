# expect: D2_2_1-poly-count
from math import comb


def n_poly_features(n_features, degree, interaction_only=False, include_bias=True):
    if interaction_only:
        return sum(comb(n_features, k) for k in range(0, degree + 1))
    return comb(n_features + degree, degree)
