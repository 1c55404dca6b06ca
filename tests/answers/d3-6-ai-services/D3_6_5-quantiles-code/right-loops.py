def quantile_forecast(history, h, taus=(0.1, 0.5, 0.9), m=7):
    y = [float(v) for v in history]
    diffs = np.array([y[t] - y[t - m] for t in range(m, len(y))])
    last = y[-m:]
    out = {}
    for tau in taus:
        shift = float(np.quantile(diffs, tau))
        out[tau] = np.array([last[i % m] + shift for i in range(h)])
    return out


def wql(y, q, tau):
    total, scale = 0.0, 0.0
    for a, f in zip(y, q):
        total += tau * (a - f) if a >= f else (1 - tau) * (f - a)
        scale += abs(a)
    return 2 * total / scale


def wape(y, yhat):
    y, yhat = np.asarray(y, float), np.asarray(yhat, float)
    return float(np.sum(np.abs(y - yhat)) / np.sum(np.abs(y)))


def coverage(y, lo, hi):
    return float(np.mean([l <= a <= u for a, l, u in zip(y, lo, hi)]))
