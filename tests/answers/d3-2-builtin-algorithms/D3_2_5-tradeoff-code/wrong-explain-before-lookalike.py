def choose_tradeoff(s):
    if s["task"] == "topics":
        return "ntm" if s["rows"] >= C.NTM_MIN_DOCS else "lda"
    if s["must_explain"]:
        return "linear-learner"
    if s["task"] == "lookalike":
        return "knn"
    if s["zero_share"] >= C.FM_MIN_ZERO_SHARE:
        return "factorization-machines"
    return "xgboost"
