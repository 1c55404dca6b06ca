def triage(p):
    rare = p["minority_rate"] < C.IMBALANCE_SHARE
    out = []
    if p["dup_key_rate"] > C.DUP_KEY_RATE:
        out.append("fix_join_duplication")
    if p["max_missing_auc"] >= C.MISSING_AUC:
        out.append("add_missing_indicator")
    if p["max_skew"] > C.SKEW_LOG:
        out.append("log_transform")
    if p["max_feature_auc"] >= C.LEAK_AUC:
        out.append("drop_leaky_feature")               # a data fix after the feature hypotheses
    if rare and p["n_minority"] < C.MIN_MINORITY_ROWS:
        out.append("collect_more_data")
    if p["silhouette"] >= C.SILHOUETTE_SEGMENTS:
        out.append("try_segment_clustering")
    if rare and p["n_minority"] >= C.MIN_MINORITY_ROWS:
        out.append("undersample_majority" if p["n_rows"] >= C.UNDERSAMPLE_MIN_ROWS else "class_weights")
    return out + ["proceed_baseline_model"]
