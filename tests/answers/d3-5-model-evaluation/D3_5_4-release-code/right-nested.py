def release_decision(r):
    significant_gain = r["auc_gain"] > 0 and r["p_value"] < C.SIGNIFICANCE_ALPHA
    if not significant_gain:
        return "keep_champion"
    return "promote" if r["ece"] <= C.ECE_MAX else "calibrate_first"
