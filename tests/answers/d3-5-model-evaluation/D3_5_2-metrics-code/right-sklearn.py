def regression_metrics(y, yhat):
    from sklearn import metrics as M
    y = np.asarray(y, dtype=float)
    return {"mse": M.mean_squared_error(y, yhat), "rmse": M.root_mean_squared_error(y, yhat),
            "mae": M.mean_absolute_error(y, yhat), "r2": M.r2_score(y, yhat),
            "mape": M.mean_absolute_percentage_error(y, yhat) if (y != 0).all() else np.inf}


def wape(y, yhat):
    y, yhat = np.asarray(y, dtype=float), np.asarray(yhat, dtype=float)
    return float(np.abs(y - yhat).sum() / np.abs(y).sum())


def mase(y, yhat, y_train, m=1):
    y_train = pd.Series(np.asarray(y_train, dtype=float))
    return float(np.mean(np.abs(np.asarray(y, dtype=float) - np.asarray(yhat, dtype=float)))
                 / y_train.diff(m).abs().mean())
