def infer_problem_type(y):
    y = pd.Series(y)
    if y.nunique() == 2:
        return "BinaryClassification"
    if not pd.api.types.is_numeric_dtype(y):
        return "MulticlassClassification"
    if np.all(y.to_numpy(dtype=float) % 1 == 0) and y.nunique() <= C.AUTOML_MAX_INT_CLASSES:
        return "MulticlassClassification"
    return "Regression"


def default_objective(problem_type):
    return {"BinaryClassification": "F1", "MulticlassClassification": "Accuracy", "Regression": "MSE"}[problem_type]
