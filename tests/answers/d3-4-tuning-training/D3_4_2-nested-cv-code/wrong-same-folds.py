def nested_vs_flat(X, y, alphas, seed=0):
    folds = KFold(3, shuffle=True, random_state=seed)
    search = GridSearchCV(Lasso(), {"alpha": list(alphas)}, cv=folds)
    nested = cross_val_score(search, X, y, cv=folds).mean()
    return {"flat": float(search.fit(X, y).best_score_), "nested": float(nested)}
