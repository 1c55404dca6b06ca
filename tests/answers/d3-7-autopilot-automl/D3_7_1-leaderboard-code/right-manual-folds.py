def leaderboard(X, y, candidates, objective, max_candidates, seed):
    from sklearn.base import clone
    from sklearn.metrics import accuracy_score, f1_score, mean_squared_error
    metric = {"F1": f1_score, "Accuracy": accuracy_score, "MSE": mean_squared_error}[objective]
    splitter = (KFold if objective == "MSE" else StratifiedKFold)(C.AUTOML_CV_FOLDS, shuffle=True, random_state=seed)
    X, y = np.asarray(X), np.asarray(y)
    scores = {}
    for name, est in candidates[:max_candidates]:
        folds = []
        for tr, te in splitter.split(X, y):
            model = clone(est).fit(X[tr], y[tr])
            folds.append(metric(y[te], model.predict(X[te])))
        scores[name] = float(np.mean(folds))
    board = pd.DataFrame({"candidate": list(scores), "score": list(scores.values())})
    board = board.sort_values("score", ascending=objective == "MSE")
    return board.reset_index(drop=True)
