def pixel_iou(pred, true, n_classes):
    p = np.asarray(pred).ravel().astype(int)
    t = np.asarray(true).ravel().astype(int)
    cm = np.bincount(t * n_classes + p, minlength=n_classes * n_classes).reshape(n_classes, n_classes)
    inter = np.diag(cm).astype(float)
    union = cm.sum(0) + cm.sum(1) - inter
    per = np.zeros(n_classes)
    np.divide(inter, union, out=per, where=union > 0)
    return per, float(np.nanmean(per))
