def roc_auc(y, score):
    from sklearn.metrics import roc_auc_score
    return float(roc_auc_score(y, score))


def average_precision(y, score):
    from sklearn.metrics import auc, precision_recall_curve
    p, r, _ = precision_recall_curve(y, score)
    return float(auc(r, p))                               # linear interpolation, not the step sum
