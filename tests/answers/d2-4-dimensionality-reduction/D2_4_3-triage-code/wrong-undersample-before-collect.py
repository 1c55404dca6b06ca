def triage(p):
    rare = p["minority_rate"] < C.IMBALANCE_SHARE
    fixes, features, modelling = [], [], []
    if p["dup_key_rate"] > C.DUP_KEY_RATE:
        fixes.append("fix_join_duplication")
    if p["max_feature_auc"] >= C.LEAK_AUC:
        fixes.append("drop_leaky_feature")
    if rare:
        if p["n_rows"] >= C.UNDERSAMPLE_MIN_ROWS:
            modelling.append("undersample_majority")
        elif p["n_minority"] < C.MIN_MINORITY_ROWS:
            fixes.append("collect_more_data")
        else:
            modelling.append("class_weights")
    if p["max_missing_auc"] >= C.MISSING_AUC:
        features.append("add_missing_indicator")
    if p["max_skew"] > C.SKEW_LOG:
        features.append("log_transform")
    if p["silhouette"] >= C.SILHOUETTE_SEGMENTS:
        modelling.append("try_segment_clustering")
    return fixes + features + modelling + ["proceed_baseline_model"]
