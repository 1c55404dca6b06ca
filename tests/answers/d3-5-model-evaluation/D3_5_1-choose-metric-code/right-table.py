def choose_metric(s):
    rare = s["pos_rate"] < C.IMBALANCE_SHARE
    if s["stage"] == "compare":
        return ["roc_auc", "pr_auc"][rare]
    return {"fn": "recall", "fp": "precision"}.get(s["worse_error"], "f1" if rare else "accuracy")
