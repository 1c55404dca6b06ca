def triage(p):
    rare = p["minority_rate"] < C.IMBALANCE_SHARE
    too_few = rare and p["n_minority"] < C.MIN_MINORITY_ROWS
    actions = []
    if p["dup_key_rate"] > C.DUP_KEY_RATE:
        actions.append("fix_join_duplication")
    if p["max_feature_auc"] >= C.LEAK_AUC:
        actions.append("drop_leaky_feature")
    if too_few:
        actions.append("collect_more_data")
    if p["max_missing_auc"] >= C.MISSING_AUC:
        actions.append("add_missing_indicator")
    if p["max_skew"] >= C.SKEW_LOG:
        actions.append("log_transform")
    if p["silhouette"] >= C.SILHOUETTE_SEGMENTS:
        actions.append("try_segment_clustering")
    if rare and not too_few:
        actions.append("undersample_majority" if p["n_rows"] >= C.UNDERSAMPLE_MIN_ROWS else "class_weights")
    actions.append("proceed_baseline_model")
    return actions
