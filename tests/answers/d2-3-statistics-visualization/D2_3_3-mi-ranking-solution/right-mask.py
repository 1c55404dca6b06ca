from sklearn.feature_selection import mutual_info_classif


def mi_ranking(df, target="churned"):
    """Numeric features ranked by mutual information with the target, highest first."""
    cols = [c for c in df.columns if c != target and pd.api.types.is_numeric_dtype(df[c])]
    X = df[cols]
    mask = np.array([np.issubdtype(X[c].dtype, np.integer) for c in cols])
    scores = pd.Series(mutual_info_classif(X.to_numpy(dtype=float), df[target].to_numpy(), discrete_features=mask,
                                           random_state=0), index=cols)
    return scores.sort_values(ascending=False).rename_axis("feature").reset_index(name="mutual_info")
