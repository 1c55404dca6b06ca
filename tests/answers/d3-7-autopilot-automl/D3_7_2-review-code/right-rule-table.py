def review(cand):
    reg = cand["problem_type"] == "Regression"
    rules = [
        ("drop_leaky_feature", lambda c: c["top_share"] >= C.LEAK_TOP_SHARE and c["top_unique_ratio"] >= C.ID_UNIQUE_RATIO),
        ("change_metric", lambda c: not reg and c["objective"] == "Accuracy" and c["minority_share"] < C.IMBALANCE_SHARE),
        ("log_target", lambda c: reg and c["target_skew"] > C.SKEW_LOG),
        ("increase_regularization", lambda c: c["train_score"] - c["cv_score"] >= C.OVERFIT_GAP),
    ]
    return next((label for label, rule in rules if rule(cand)), "keep_leaderboard")
