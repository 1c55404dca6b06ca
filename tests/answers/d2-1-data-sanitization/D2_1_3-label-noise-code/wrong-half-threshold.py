from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict


def find_label_issues(X, y, seed=0):
    y = np.asarray(y)
    cv = StratifiedKFold(5, shuffle=True, random_state=seed)
    P = cross_val_predict(LogisticRegression(max_iter=1000), X, y, cv=cv, method="predict_proba")
    return np.flatnonzero(P[np.arange(len(y)), y] < 0.5)
