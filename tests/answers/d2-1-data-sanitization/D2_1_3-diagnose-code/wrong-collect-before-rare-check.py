# expect: D2_1_3-diagnose
def diagnose_quality(report):
    out = {}
    counts = report["class_counts"]
    total, smallest = sum(counts.values()), min(counts.values())
    if smallest < MIN_MINORITY_ROWS:
        out["class_imbalance"] = "collect_more_data"
    elif smallest / total < IMBALANCE_SHARE:
        if total >= UNDERSAMPLE_MIN_ROWS:
            out["class_imbalance"] = "undersample_majority"
        elif report["model_takes_weights"]:
            out["class_imbalance"] = "class_weights"
        else:
            out["class_imbalance"] = "smote"
    if report["oof_disagreement"] > LABEL_NOISE_SHARE:
        out["label_noise"] = "relabel" if report["oof_disagreement"] >= RELABEL_SHARE else "review_flagged"
    train, pop = report["group_share_train"], report["group_share_population"]
    rates = [train.get(g, 0.0) / share for g, share in pop.items() if share > 0]
    if any(r < SAMPLING_RATE_LOW or r > SAMPLING_RATE_HIGH for r in rates):
        absent = any(train.get(g, 0.0) == 0 for g, share in pop.items() if share > 0)
        out["selection_bias"] = "collect_more_data" if absent else "reweight"
    skewed = [v for v in report["ks"].values() if v > KS_DRIFT]
    if skewed:
        broken = len(skewed) <= MAX_BROKEN_FEATURES and all(v >= KS_BROKEN for v in skewed)
        out["distribution_skew"] = "fix_feature_pipeline" if broken else "retrain_on_recent_data"
    return out
