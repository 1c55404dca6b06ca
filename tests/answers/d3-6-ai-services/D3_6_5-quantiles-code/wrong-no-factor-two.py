# forgets Forecast's factor 2
def quantile_forecast(history, h, taus=(0.1, 0.5, 0.9), m=7):
    y = np.asarray(history, dtype=float)
    n = len(y)
    point = np.array([y[n - m + (i % m)] for i in range(h)])
    res = y[m:] - y[:-m]
    return {tau: point + np.quantile(res, tau) for tau in taus}


def wql(y, q, tau):
    y = np.asarray(y, dtype=float)
    q = np.asarray(q, dtype=float)
    loss = tau * np.maximum(y - q, 0) + (1 - tau) * np.maximum(q - y, 0)
    return float(loss.sum() / np.abs(y).sum())


def wape(y, yhat):
    y = np.asarray(y, dtype=float)
    return float(np.abs(y - np.asarray(yhat, dtype=float)).sum() / np.abs(y).sum())


def coverage(y, lo, hi):
    y = np.asarray(y, dtype=float)
    return float(np.mean((np.asarray(lo) <= y) & (y <= np.asarray(hi))))
