def rolling_origin_splits(n, initial, horizon, step=1):
    return [(np.arange(o), np.arange(o, o + horizon)) for o in range(initial, n - horizon + 1, step)]


def backtest(y, initial, horizon, step, m):
    y = np.asarray(y, dtype=float)
    rows = []
    for tr, te in rolling_origin_splits(len(y), initial, horizon, step):
        fc = np.repeat(y[tr][-m], len(te))                      # one value of last season, repeated
        rows.append({"origin": int(te[0]), "wape": wape(y[te], fc), "mase": mase(y[te], fc, y[tr], m)})
    return pd.DataFrame(rows, columns=["origin", "wape", "mase"])
