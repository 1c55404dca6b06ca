# expect: D2_2_5-pipeline-cv
def leak_free_cv_auc(X, y, k, cv):
    from sklearn.feature_selection import SelectKBest, f_classif
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    Xs = StandardScaler().fit_transform(X)                         # scaler fitted on all rows
    pipe = make_pipeline(SelectKBest(f_classif, k=k), LogisticRegression(max_iter=1000))
    return float(cross_val_score(pipe, Xs, y, cv=cv, scoring="roc_auc").mean())
