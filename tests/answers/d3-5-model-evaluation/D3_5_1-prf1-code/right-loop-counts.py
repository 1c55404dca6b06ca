def confusion(y, yhat):
    c = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for a, b in zip(y, yhat):
        key = ("t" if a == b else "f") + ("p" if b == 1 else "n")
        c[key] += 1
    return c


def prf1(y, yhat, beta=1.0):
    c = confusion(y, yhat)
    p = c["tp"] / max(c["tp"] + c["fp"], 1)
    r = c["tp"] / max(c["tp"] + c["fn"], 1)
    if p == 0 and r == 0:
        return 0.0, 0.0, 0.0
    return p, r, (1 + beta * beta) * p * r / (beta * beta * p + r)
