def expected_improvement(mu, sigma, best, xi=0.0):
    out = []
    for m, s in zip(np.ravel(mu), np.ravel(sigma)):
        d = m - best - xi
        out.append(max(d, 0.0) if s == 0 else d * norm.cdf(d / s) + s * norm.pdf(d / s))
    return np.array(out)


def propose_next(X_obs, y_obs, candidates, xi=0.0):
    gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0).fit(X_obs, y_obs)
    mu, sd = gp.predict(candidates, return_std=True)
    return candidates[np.argmax(expected_improvement(mu, sd, max(y_obs), xi))]
