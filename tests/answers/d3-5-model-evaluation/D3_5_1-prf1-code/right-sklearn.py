def confusion(y, yhat):
    from sklearn.metrics import confusion_matrix
    tn, fp, fn, tp = confusion_matrix(y, yhat, labels=[0, 1]).ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


def prf1(y, yhat, beta=1.0):
    from sklearn.metrics import precision_recall_fscore_support
    p, r, f, _ = precision_recall_fscore_support(y, yhat, beta=beta, average="binary", zero_division=0)
    return float(p), float(r), float(f)
