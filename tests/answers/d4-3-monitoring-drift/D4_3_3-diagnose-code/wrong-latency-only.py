def diagnose(stats):
    if stats["p99_ratio"] >= C.LATENCY_RATIO_INFRA:      # forgets the 5XX share
        return "infrastructure"
    if 1 <= stats["n_broken"] <= C.MAX_BROKEN_FEATURES:
        return "pipeline_bug"
    if stats["max_psi"] >= C.PSI_DRIFT:
        return "data_drift"
    if stats["acc_drop"] >= C.ACC_DROP_CONCEPT:
        return "concept_drift"
    return "none"
