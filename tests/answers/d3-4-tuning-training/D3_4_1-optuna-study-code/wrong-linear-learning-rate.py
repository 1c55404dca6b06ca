def xgb_objective(trial, X, y, seed=0):
    params = {"max_depth": trial.suggest_int("max_depth", 2, 6),
              "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.3),
              "reg_lambda": trial.suggest_float("reg_lambda", 0.001, 10, log=True)}
    model = xgb.XGBClassifier(n_estimators=20, nthread=1, random_state=seed, **params)
    return float(cross_val_score(model, X, y, cv=StratifiedKFold(3, shuffle=True, random_state=seed), scoring="roc_auc").mean())


def make_study(strategy, seed):
    if strategy == "random":
        return optuna.create_study(direction="maximize", sampler=optuna.samplers.RandomSampler(seed=seed))
    if strategy == "bayesian":
        return optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=seed))
    raise ValueError(strategy)
