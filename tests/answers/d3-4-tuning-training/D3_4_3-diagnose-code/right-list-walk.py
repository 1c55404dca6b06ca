def diagnose(train_loss, val_loss, baseline):
    tr = [float(v) for v in train_loss]
    va = [float(v) for v in val_loss]
    if any(not np.isfinite(v) for v in tr) or tr[-1] > tr[0]:
        return "diverging"
    ups = sum(b > a for a, b in zip(tr, tr[1:]))
    if ups >= C.CURVE_UP_STEP_SHARE * (len(tr) - 1):
        return "oscillating"
    low = min(va)
    if va[-1] - low >= C.CURVE_OVERFIT_RISE * low:
        return "overfitting"
    if tr[-1] >= C.CURVE_UNDERFIT_SHARE * baseline:
        return "underfitting"
    return "good_fit"
