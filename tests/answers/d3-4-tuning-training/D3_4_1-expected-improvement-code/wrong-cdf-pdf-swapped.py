def expected_improvement(mu, sigma, best, xi=0.0):
    mu, sigma = np.asarray(mu, float), np.asarray(sigma, float)
    d = mu - best - xi
    s = np.where(sigma > 0, sigma, 1.0)
    return np.where(sigma > 0, d * norm.pdf(d / s) + s * norm.cdf(d / s), np.maximum(d, 0))


def propose_next(X_obs, y_obs, candidates, xi=0.0):
    gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0).fit(X_obs, y_obs)
    mu, sd = gp.predict(candidates, return_std=True)
    return candidates[np.argmax(expected_improvement(mu, sd, np.max(y_obs), xi))]
