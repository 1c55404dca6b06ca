def retrain_days(drift):
    days, last, streak = [], 0, 0
    for d in range(1, len(drift)):
        streak = streak + 1 if drift[d] > C.MLOPS_DRIFT_THRESHOLD else 0
        if d - last >= C.MLOPS_MIN_GAP_DAYS and (streak >= C.MLOPS_DRIFT_DAYS or d % C.MLOPS_MAX_AGE_DAYS == 0):
            days.append(d)
            last, streak = d, 0
    return days
