def review(cand):
    if cand["top_share"] >= C.LEAK_TOP_SHARE or cand["top_unique_ratio"] >= C.ID_UNIQUE_RATIO:
        return "drop_leaky_feature"
    if cand["problem_type"] != "Regression" and cand["objective"] == "Accuracy" and cand["minority_share"] < C.IMBALANCE_SHARE:
        return "change_metric"
    if cand["problem_type"] == "Regression" and cand["target_skew"] > C.SKEW_LOG:
        return "log_target"
    if cand["train_score"] - cand["cv_score"] >= C.OVERFIT_GAP:
        return "increase_regularization"
    return "keep_leaderboard"
