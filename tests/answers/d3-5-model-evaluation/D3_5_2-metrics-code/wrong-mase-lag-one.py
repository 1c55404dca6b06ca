def regression_metrics(y, yhat):
    y = np.asarray(y, dtype=float)
    e = y - np.asarray(yhat, dtype=float)
    mse = float(np.mean(e ** 2))
    mape = float(np.mean(np.abs(e / y))) if np.all(y != 0) else float("inf")
    return {"mse": mse, "rmse": mse ** 0.5, "mae": float(np.mean(np.abs(e))),
            "r2": 1 - float(np.sum(e ** 2) / np.sum((y - y.mean()) ** 2)), "mape": mape}


def wape(y, yhat):
    y = np.asarray(y, dtype=float)
    return float(np.sum(np.abs(y - np.asarray(yhat))) / np.sum(np.abs(y)))


def mase(y, yhat, y_train, m=1):
    y_train = np.asarray(y_train, dtype=float)
    return float(np.mean(np.abs(np.asarray(y) - np.asarray(yhat))) / np.mean(np.abs(np.diff(y_train))))   # m ignored
