def xgb_hyperparameters(y, num_round=100, eta=0.3, max_depth=6):
    y = np.asarray(y)
    hp = {"num_round": str(num_round), "eta": str(eta), "max_depth": str(max_depth)}
    if np.any(y != np.round(y)):
        hp.update(objective="reg:squarederror", eval_metric="rmse")
    elif len(np.unique(y)) == 2:
        hp.update(objective="binary:logistic", eval_metric="auc")
    else:
        hp.update(objective="multi:softprob", eval_metric="mlogloss")
    return hp
