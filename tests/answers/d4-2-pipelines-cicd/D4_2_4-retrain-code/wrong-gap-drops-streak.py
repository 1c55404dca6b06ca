def retrain_days(drift):
    days, last, streak = [], 0, 0
    for d in range(1, len(drift)):
        streak = streak + 1 if drift[d] > C.MLOPS_DRIFT_THRESHOLD else 0
        if streak >= C.MLOPS_DRIFT_DAYS and d - last < C.MLOPS_MIN_GAP_DAYS:
            streak = 0                      # too soon: forget the streak
        if d - last >= C.MLOPS_MIN_GAP_DAYS and (streak >= C.MLOPS_DRIFT_DAYS or d - last >= C.MLOPS_MAX_AGE_DAYS):
            days.append(d)
            last, streak = d, 0
    return days
