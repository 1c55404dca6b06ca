def choose_metric(s):
    rare = s["pos_rate"] <= C.IMBALANCE_SHARE
    if s["stage"] == "compare":
        return "pr_auc" if rare else "roc_auc"
    if s["worse_error"] == "fn":
        return "recall"
    if s["worse_error"] == "fp":
        return "precision"
    return "f1" if rare else "accuracy"
