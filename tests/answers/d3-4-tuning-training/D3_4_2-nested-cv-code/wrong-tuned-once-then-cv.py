def nested_vs_flat(X, y, alphas, seed=0):
    gs = GridSearchCV(Lasso(), {"alpha": list(alphas)}, cv=KFold(3, shuffle=True, random_state=seed)).fit(X, y)
    best = Lasso(alpha=gs.best_params_["alpha"])             # tuned on all rows, then "validated"
    nested = cross_val_score(best, X, y, cv=KFold(5, shuffle=True, random_state=seed + 1)).mean()
    return {"flat": float(gs.best_score_), "nested": float(nested)}
