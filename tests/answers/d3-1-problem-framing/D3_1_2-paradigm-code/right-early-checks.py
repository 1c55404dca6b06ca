def choose_paradigm(s):
    few_rules = s["logic_known"] and s["n_rules"] <= C.RULES_MAX_RULES
    labelled, unlabelled = s["n_labelled"], s["n_unlabelled"]
    for label, holds in (
        ("rules", few_rules),
        ("reinforcement", s["acts_sequentially"]),
        ("unsupervised", s["goal"] == "discover" or labelled == 0),
        ("semi_supervised", labelled < C.MIN_LABELS_SUPERVISED and unlabelled >= C.UNLABELLED_RATIO * labelled),
    ):
        if holds:
            return label
    return "supervised"
