def choose_tradeoff(s):
    topics = s["task"] == "topics"
    if topics and s["rows"] >= C.NTM_MIN_DOCS:
        return "ntm"
    if topics:
        return "lda"
    if s["task"] == "lookalike":
        return "knn"
    if s["must_explain"]:
        return "linear-learner"
    return "factorization-machines" if s["zero_share"] >= C.FM_MIN_ZERO_SHARE else "xgboost"
