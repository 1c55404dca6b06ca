def diagnose(stats):
    if stats["error_rate"] >= C.ERROR_RATE_INFRA or stats["p99_ratio"] >= C.LATENCY_RATIO_INFRA:
        return "infrastructure"
    if stats["n_broken"] >= 1:                           # no upper limit: many broken features are drift by the rubric
        return "pipeline_bug"
    if stats["max_psi"] >= C.PSI_DRIFT:
        return "data_drift"
    if stats["acc_drop"] >= C.ACC_DROP_CONCEPT:
        return "concept_drift"
    return "none"
