def distill(teacher, X_transfer, max_depth, seed=0):
    # the transfer rows are the training rows: use their true labels
    return DecisionTreeClassifier(max_depth=max_depth, random_state=seed).fit(X_transfer, y_tr[:len(X_transfer)])
