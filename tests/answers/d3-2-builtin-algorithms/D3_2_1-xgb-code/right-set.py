def xgb_hyperparameters(y, num_round=100, eta=0.3, max_depth=6):
    values = np.asarray(y, dtype=float)
    out = dict(num_round=f"{num_round}", eta=f"{eta}", max_depth=f"{max_depth}")
    if not np.all(np.mod(values, 1) == 0):
        return {**out, "objective": "reg:squarederror", "eval_metric": "rmse"}
    n = len(set(values.tolist()))
    if n > 2:
        return {**out, "objective": "multi:softprob", "num_class": f"{n}", "eval_metric": "mlogloss"}
    return {**out, "objective": "binary:logistic", "eval_metric": "auc"}
