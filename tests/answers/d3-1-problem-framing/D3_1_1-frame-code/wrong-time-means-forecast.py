def frame(req):
    t = req["target"]
    if req["interactions"]:
        return "recommendation", "ndcg_at_k"
    if req["time_indexed"]:                       # any time index, even for a category target
        return "forecasting", "wape"
    if t == "none":
        return ("anomaly_detection", "precision_at_k") if req["goal"] == "find_unusual" else ("clustering", "silhouette")
    if t == "number":
        return "regression", "rmse" if req["large_errors_worse"] else "mae"
    rare = req["min_class_share"] < C.IMBALANCE_SHARE
    if req["n_classes"] == 2:
        if req["c_fp"] is not None and req["c_fn"] is not None and max(req["c_fp"] / req["c_fn"], req["c_fn"] / req["c_fp"]) >= C.COST_RATIO_ASYMMETRIC:
            return "binary_classification", "expected_cost"
        return "binary_classification", "pr_auc" if rare else "roc_auc"
    return "multiclass_classification", "macro_f1" if rare else "accuracy"
