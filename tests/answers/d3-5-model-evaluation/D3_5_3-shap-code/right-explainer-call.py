def tree_shap(model, X, background):
    ex = shap.TreeExplainer(model, background, feature_perturbation="interventional")
    sv = ex(X)
    return sv.values, float(np.mean(sv.base_values))


def global_importance(phi, agg_method="mean_abs"):
    phi = np.array(phi, dtype=float)
    return {"mean_abs": np.abs(phi), "mean_sq": phi * phi}[agg_method].mean(axis=0)
