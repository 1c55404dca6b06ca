def leaderboard(X, y, candidates, objective, max_candidates, seed):
    scoring = {"F1": "f1", "Accuracy": "accuracy", "MSE": "neg_mean_squared_error"}[objective]
    cv = KFold(C.AUTOML_CV_FOLDS) if objective == "MSE" else StratifiedKFold(C.AUTOML_CV_FOLDS)
    rows = [(n, cross_val_score(e, X, y, scoring=scoring, cv=cv).mean()) for n, e in candidates[:max_candidates]]
    board = pd.DataFrame(rows, columns=["candidate", "score"])
    if objective == "MSE":
        board["score"] = -board["score"]
    return board.sort_values("score", ascending=objective == "MSE").reset_index(drop=True)
