def roc_auc(y, score):
    from sklearn.metrics import roc_curve
    fpr, tpr, _ = roc_curve(y, score)
    return float(np.trapezoid(tpr, fpr))


def average_precision(y, score):
    from sklearn.metrics import precision_recall_curve
    p, r, _ = precision_recall_curve(y, score)
    return float(-np.sum(np.diff(r) * p[:-1]))
