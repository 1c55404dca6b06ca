def frame(req):
    t = req["target"]
    kind = ("recommendation" if req["interactions"] else
            "forecasting" if req["time_indexed"] and t == "number" else
            ("anomaly_detection" if req["goal"] == "find_unusual" else "clustering") if t == "none" else
            "regression" if t == "number" else
            "binary_classification" if req["n_classes"] == 2 else "multiclass_classification")
    fixed = {"recommendation": "ndcg_at_k", "forecasting": "wape", "anomaly_detection": "precision_at_k",
             "clustering": "silhouette"}
    if kind in fixed:
        return kind, fixed[kind]
    if kind == "regression":
        return kind, "rmse" if req["large_errors_worse"] else "mae"
    rare = req["min_class_share"] < C.IMBALANCE_SHARE
    if kind == "multiclass_classification":
        return kind, "macro_f1" if rare else "accuracy"
    a, b = req["c_fp"], req["c_fn"]
    if a is not None and b is not None and (a >= C.COST_RATIO_ASYMMETRIC * b or b >= C.COST_RATIO_ASYMMETRIC * a):
        return kind, "expected_cost"
    return kind, "pr_auc" if rare else "roc_auc"
