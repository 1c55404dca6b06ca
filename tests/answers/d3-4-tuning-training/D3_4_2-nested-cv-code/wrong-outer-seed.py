def nested_vs_flat(X, y, alphas, seed=0):
    search = GridSearchCV(Lasso(), {"alpha": list(alphas)}, cv=KFold(3, shuffle=True, random_state=seed))
    nested = cross_val_score(search, X, y, cv=KFold(5, shuffle=True, random_state=seed)).mean()
    return {"flat": float(search.fit(X, y).best_score_), "nested": float(nested)}
