from sklearn.feature_selection import mutual_info_classif


def mi_ranking(df, target="churned"):
    """Numeric features ranked by mutual information with the target, highest first."""
    X = df.select_dtypes("number").drop(columns=target)
    mi = mutual_info_classif(X.round().astype(int), df[target], discrete_features=True, random_state=0)
    out = pd.DataFrame({"feature": X.columns, "mutual_info": mi})
    return out.sort_values("mutual_info", ascending=False).reset_index(drop=True)
