def triage(p):
    rare = p["minority_rate"] < C.IMBALANCE_SHARE
    enough = p["n_minority"] >= C.MIN_MINORITY_ROWS
    rules = [  # (phase, action, finding); within a phase the order is free
        (0, "fix_join_duplication", p["dup_key_rate"] > C.DUP_KEY_RATE),
        (1, "collect_more_data", rare and not enough),
        (1, "drop_leaky_feature", p["max_feature_auc"] >= C.LEAK_AUC),
        (2, "log_transform", p["max_skew"] > C.SKEW_LOG),
        (2, "add_missing_indicator", p["max_missing_auc"] >= C.MISSING_AUC),
        (3, "class_weights", rare and enough and p["n_rows"] < C.UNDERSAMPLE_MIN_ROWS),
        (3, "undersample_majority", rare and enough and p["n_rows"] >= C.UNDERSAMPLE_MIN_ROWS),
        (3, "try_segment_clustering", p["silhouette"] >= C.SILHOUETTE_SEGMENTS),
        (4, "proceed_baseline_model", True),
    ]
    return [action for phase, action, found in sorted(rules, key=lambda r: r[0]) if found]
