# expect: D2_2_1-poly-count
from math import comb


def n_poly_features(n_features, degree, interaction_only=False, include_bias=True):
    total = comb(n_features + degree, degree)
    return total - (0 if include_bias else 1)
