def early_stopped(X_tr, y_tr, X_val, y_val, patience, seed=0):
    clf = xgb.XGBClassifier(n_estimators=60, learning_rate=0.3, max_depth=6, nthread=1, random_state=seed,
                            eval_metric="logloss", early_stopping_rounds=patience)
    clf.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=False)
    curve = clf.evals_result()["validation_0"]["logloss"]
    return clf, int(np.argmin(curve)) + 1
