from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict


def find_label_issues(X, y, seed=0):
    y = np.asarray(y)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    P = cross_val_predict(LogisticRegression(max_iter=1000), X, y, cv=folds, method="predict_proba")
    k = P.shape[1]
    thresholds = [P[:, j][y == j].mean() for j in range(k)]
    suspects = []
    for i in range(len(y)):
        candidates = [j for j in range(k) if P[i, j] >= thresholds[j]]
        if candidates:
            choice = max(candidates, key=lambda j: P[i, j])
            if choice != y[i]:
                suspects.append(i)
    return np.array(suspects, dtype=int)
