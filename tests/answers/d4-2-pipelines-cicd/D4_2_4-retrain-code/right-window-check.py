def retrain_days(drift):
    out, last = [], 0
    k = C.MLOPS_DRIFT_DAYS
    for d in range(1, len(drift)):
        recent = drift[d - k + 1:d + 1] if d - k + 1 > last else []
        drifted = len(recent) == k and all(v > C.MLOPS_DRIFT_THRESHOLD for v in recent)
        if d - last >= C.MLOPS_MIN_GAP_DAYS and (drifted or d - last >= C.MLOPS_MAX_AGE_DAYS):
            out.append(d)
            last = d
    return out
