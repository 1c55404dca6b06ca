def diagnose(stats):
    rules = [("infrastructure", stats["error_rate"] >= C.ERROR_RATE_INFRA or stats["p99_ratio"] >= C.LATENCY_RATIO_INFRA),
             ("pipeline_bug", 0 < stats["n_broken"] <= C.MAX_BROKEN_FEATURES),
             ("data_drift", stats["max_psi"] >= C.PSI_DRIFT),
             ("concept_drift", stats["acc_drop"] >= C.ACC_DROP_CONCEPT)]
    return next((label for label, holds in rules if holds), "none")
