def triage(p):
    actions = []
    if p["dup_key_rate"] > C.DUP_KEY_RATE:
        actions.append("fix_join_duplication")
    if p["max_feature_auc"] >= C.LEAK_AUC:
        actions.append("drop_leaky_feature")
    if p["minority_rate"] < 0.05:                       # the old share rule: decided by share, not by count
        actions.append("collect_more_data")
    if p["max_missing_auc"] >= C.MISSING_AUC:
        actions.append("add_missing_indicator")
    if p["max_skew"] > C.SKEW_LOG:
        actions.append("log_transform")
    if p["silhouette"] >= C.SILHOUETTE_SEGMENTS:
        actions.append("try_segment_clustering")
    actions.append("proceed_baseline_model")
    return actions
