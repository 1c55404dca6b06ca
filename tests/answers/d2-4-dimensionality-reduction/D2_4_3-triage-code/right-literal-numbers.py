def triage(p):
    plan = []
    if p["dup_key_rate"] > 0.01:
        plan.append("fix_join_duplication")
    if p["max_feature_auc"] >= 0.95:
        plan.append("drop_leaky_feature")
    rare = p["minority_rate"] < 0.10
    if rare and p["n_minority"] < 50:
        plan.append("collect_more_data")
    if p["max_missing_auc"] >= 0.6:
        plan.append("add_missing_indicator")
    if p["max_skew"] > 1.0:
        plan.append("log_transform")
    if p["silhouette"] >= 0.5:
        plan.append("try_segment_clustering")
    if rare and p["n_minority"] >= 50:
        plan.append("undersample_majority" if p["n_rows"] >= 100_000 else "class_weights")
    plan.append("proceed_baseline_model")
    return plan
