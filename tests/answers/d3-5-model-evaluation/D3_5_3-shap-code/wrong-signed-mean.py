def tree_shap(model, X, background):
    ex = shap.TreeExplainer(model, data=background, feature_perturbation="interventional", model_output="raw")
    return np.asarray(ex.shap_values(X)), float(np.ravel(ex.expected_value)[0])


def global_importance(phi, agg_method="mean_abs"):
    phi = np.asarray(phi, dtype=float)
    return (phi ** 2).mean(axis=0) if agg_method == "mean_sq" else np.abs(phi.mean(axis=0))   # |mean|, not mean |phi|
