def choose_paradigm(s):
    if s["logic_known"] and s["n_rules"] < C.RULES_MAX_RULES:
        return "rules"
    if s["acts_sequentially"]:
        return "reinforcement"
    if s["goal"] == "discover" or s["n_labelled"] == 0:
        return "unsupervised"
    if s["n_labelled"] < C.MIN_LABELS_SUPERVISED and s["n_unlabelled"] >= C.UNLABELLED_RATIO * s["n_labelled"]:
        return "semi_supervised"
    return "supervised"
