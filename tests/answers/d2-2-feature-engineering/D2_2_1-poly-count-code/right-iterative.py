def n_poly_features(n_features, degree, interaction_only=False, include_bias=True):
    # ways[d] = monomials of total degree exactly d, built one variable at a time
    ways = [1] + [0] * degree
    for _ in range(n_features):
        new = ways[:]
        for d in range(1, degree + 1):
            new[d] = ways[d] + (ways[d - 1] if interaction_only else new[d - 1])
        ways = new
    return sum(ways) - (0 if include_bias else 1)
