def expected_improvement(mu, sigma, best, xi=0.0):
    mu, sigma = np.asarray(mu, float), np.asarray(sigma, float)
    d = mu - best - xi
    s = np.where(sigma > 0, sigma, 1.0)
    return np.where(sigma > 0, d * norm.cdf(d / s) + s * norm.pdf(d / s), np.maximum(d, 0))


def propose_next(X_obs, y_obs, candidates, xi=0.0):
    gp = GaussianProcessRegressor(kernel=Matern(nu=2.5), normalize_y=True, random_state=0).fit(X_obs, y_obs)
    return candidates[np.argmax(gp.predict(candidates))]      # exploits only: the highest mean
