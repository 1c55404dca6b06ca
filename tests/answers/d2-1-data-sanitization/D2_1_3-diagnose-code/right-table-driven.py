def diagnose_quality(report):
    found = {}
    counts = sorted(report["class_counts"].values())
    rare, total = counts[0], sum(counts)
    if rare < IMBALANCE_SHARE * total:
        rules = [(rare < MIN_MINORITY_ROWS, "collect_more_data"), (total >= UNDERSAMPLE_MIN_ROWS, "undersample_majority"),
                 (report["model_takes_weights"], "class_weights"), (True, "smote")]
        found["class_imbalance"] = next(name for hit, name in rules if hit)
    share = report["oof_disagreement"]
    if share > LABEL_NOISE_SHARE:
        found["label_noise"] = "review_flagged" if share < RELABEL_SHARE else "relabel"
    pop, train = report["group_share_population"], report["group_share_train"]
    rate = {g: train.get(g, 0) / p for g, p in pop.items() if p > 0}
    if min(rate.values()) < SAMPLING_RATE_LOW or max(rate.values()) > SAMPLING_RATE_HIGH:
        found["selection_bias"] = "collect_more_data" if min(rate.values()) == 0 else "reweight"
    skewed = sorted(v for v in report["ks"].values() if v > KS_DRIFT)
    if skewed:
        found["distribution_skew"] = ("fix_feature_pipeline" if len(skewed) <= MAX_BROKEN_FEATURES and skewed[0] >= KS_BROKEN
                                      else "retrain_on_recent_data")
    return found
