def confusion(y, yhat):
    y = np.asarray(y).astype(bool)
    yhat = np.asarray(yhat).astype(bool)
    return {"tp": int(np.sum(y & yhat)), "fp": int(np.sum(~y & yhat)),
            "fn": int(np.sum(y & ~yhat)), "tn": int(np.sum(~y & ~yhat))}


def prf1(y, yhat, beta=1.0):
    c = confusion(y, yhat)
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)       # F1 whatever beta is
