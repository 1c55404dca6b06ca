def early_stopped(X_tr, y_tr, X_val, y_val, patience, seed=0):
    params = dict(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=seed)
    model = xgb.XGBClassifier(**params, eval_metric="logloss", early_stopping_rounds=patience)
    model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=0)
    return model, int(model.best_iteration) + 1
