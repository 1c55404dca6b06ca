def distill(teacher, X_transfer, max_depth, seed=0):
    soft_labels = teacher.predict(X_transfer)
    student = DecisionTreeClassifier(random_state=seed, max_depth=max_depth)
    student.fit(X_transfer, soft_labels)
    return student
