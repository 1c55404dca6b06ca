def early_stopped(X_tr, y_tr, X_val, y_val, patience, seed=0):
    model = xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=seed,
                              eval_metric="logloss", early_stopping_rounds=patience)
    model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=False)
    return model, model.best_iteration
