def rolling_origin_splits(n, initial, horizon, step=1):
    return [(np.arange(o), np.arange(o, o + horizon)) for o in range(initial, n - horizon + 1, step)]


def backtest(y, initial, horizon, step, m):
    y = np.asarray(y, dtype=float)
    out = {"origin": [], "wape": [], "mase": []}
    for tr, te in rolling_origin_splits(len(y), initial, horizon, step):
        last_season = y[tr][-m:]
        fc = np.resize(last_season, len(te))
        out["origin"].append(te[0])
        out["wape"].append(wape(y[te], fc))
        out["mase"].append(mase(y[te], fc, y[tr], m))
    return pd.DataFrame(out)
