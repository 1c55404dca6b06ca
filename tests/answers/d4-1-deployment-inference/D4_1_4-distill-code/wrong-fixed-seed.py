def distill(teacher, X_transfer, max_depth, seed=0):
    return DecisionTreeClassifier(max_depth=max_depth, random_state=0).fit(X_transfer, teacher.predict(X_transfer))
