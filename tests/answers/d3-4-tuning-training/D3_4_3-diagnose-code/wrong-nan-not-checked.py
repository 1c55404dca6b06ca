def diagnose(train_loss, val_loss, baseline):
    tr, va = np.asarray(train_loss, float), np.asarray(val_loss, float)
    if tr[-1] > tr[0]:
        return "diverging"
    if np.mean(np.diff(tr) > 0) >= C.CURVE_UP_STEP_SHARE:
        return "oscillating"
    if (va[-1] - va.min()) / va.min() >= C.CURVE_OVERFIT_RISE:
        return "overfitting"
    if tr[-1] >= C.CURVE_UNDERFIT_SHARE * baseline:
        return "underfitting"
    return "good_fit"
