def nested_vs_flat(X, y, alphas, seed=0):
    grid = {"alpha": list(alphas)}
    scores = []
    for tr, te in KFold(5, shuffle=True, random_state=seed + 1).split(X):
        gs = GridSearchCV(Lasso(), grid, cv=KFold(3, shuffle=True, random_state=seed)).fit(X[tr], y[tr])
        scores.append(gs.score(X[te], y[te]))
    flat = GridSearchCV(Lasso(), grid, cv=KFold(3, shuffle=True, random_state=seed)).fit(X, y).best_score_
    return {"nested": float(np.mean(scores)), "flat": float(flat)}
