import numpy as np


def leak_free_cv_auc(X, y, k, cv):
    from sklearn.feature_selection import SelectKBest, f_classif
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.preprocessing import StandardScaler
    X, y = np.asarray(X), np.asarray(y)
    scores = []
    for tr, va in cv.split(X, y):
        sel = SelectKBest(f_classif, k=k).fit(X[tr], y[tr])
        sc = StandardScaler().fit(sel.transform(X[tr]))
        lr = LogisticRegression(max_iter=1000).fit(sc.transform(sel.transform(X[tr])), y[tr])
        scores.append(roc_auc_score(y[va], lr.predict_proba(sc.transform(sel.transform(X[va])))[:, 1]))
    return float(np.mean(scores))
