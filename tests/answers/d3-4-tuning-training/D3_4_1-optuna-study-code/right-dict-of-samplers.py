def xgb_objective(trial, X, y, seed=0):
    depth = trial.suggest_int("max_depth", 2, 6)
    lr = trial.suggest_float("learning_rate", 0.01, 0.3, log=True)
    lam = trial.suggest_float("reg_lambda", 0.001, 10, log=True)
    clf = xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=seed, max_depth=depth, learning_rate=lr,
                            reg_lambda=lam)
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=seed)
    return float(np.mean(cross_val_score(clf, X, y, cv=folds, scoring="roc_auc")))


def make_study(strategy, seed):
    samplers = {"random": optuna.samplers.RandomSampler, "bayesian": optuna.samplers.TPESampler}
    if strategy not in samplers:
        raise ValueError(strategy)
    return optuna.create_study(direction="maximize", sampler=samplers[strategy](seed=seed))
