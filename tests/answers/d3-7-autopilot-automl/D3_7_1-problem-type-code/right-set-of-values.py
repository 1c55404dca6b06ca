def infer_problem_type(y):
    values = set(pd.Series(y).dropna().tolist())
    if len(values) == 2:
        return "BinaryClassification"
    if not all(isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool) for v in values):
        return "MulticlassClassification"
    if all(float(v).is_integer() for v in values) and len(values) <= C.AUTOML_MAX_INT_CLASSES:
        return "MulticlassClassification"
    return "Regression"


def default_objective(problem_type):
    if problem_type == "Regression":
        return "MSE"
    return "F1" if problem_type == "BinaryClassification" else "Accuracy"
