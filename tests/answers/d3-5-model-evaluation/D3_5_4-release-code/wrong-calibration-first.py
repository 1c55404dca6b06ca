def release_decision(r):
    if r["ece"] > C.ECE_MAX:
        return "calibrate_first"
    if r["auc_gain"] <= 0 or r["p_value"] >= C.SIGNIFICANCE_ALPHA:
        return "keep_champion"
    return "promote"
