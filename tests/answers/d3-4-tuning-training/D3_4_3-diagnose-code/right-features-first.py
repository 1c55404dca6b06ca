def diagnose(train_loss, val_loss, baseline):
    tr, va = np.array(train_loss, dtype=float), np.array(val_loss, dtype=float)
    ups = np.count_nonzero(np.diff(tr) > 0) / (len(tr) - 1)       # computed even on NaN runs: warnings are silenced
    rise = va[-1] / np.min(va) - 1
    if np.isnan(tr).any() or np.isinf(tr).any() or tr[-1] > tr[0]:
        return "diverging"
    if ups >= C.CURVE_UP_STEP_SHARE:
        return "oscillating"
    if rise >= C.CURVE_OVERFIT_RISE:
        return "overfitting"
    return "underfitting" if tr[-1] / baseline >= C.CURVE_UNDERFIT_SHARE else "good_fit"
