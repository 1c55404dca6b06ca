from sklearn.cluster import KMeans
from sklearn.metrics import roc_auc_score, silhouette_score


def _folded(labels, score):
    a = roc_auc_score(labels, score)
    return a if a >= 0.5 else 1 - a


def profile(df, target, key, segment_cols):
    y = df[target].to_numpy()
    cols = df.columns.drop([key, target])
    numeric = [c for c in cols if pd.api.types.is_numeric_dtype(df[c])]
    feature_auc = max(_folded(y[df[c].notna()], df.loc[df[c].notna(), c].astype(float)) for c in numeric)
    holes = [c for c in cols if df[c].isna().sum() > 0]
    missing_auc = max((_folded(y, df[c].isna().astype(int)) for c in holes), default=0.5)
    seg = df[segment_cols].head(400).astype(float)
    seg = (seg - seg.mean()) / seg.std(ddof=0)
    best = -1.0
    for k in (2, 3, 4):
        labels = KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(seg.to_numpy())
        best = max(best, silhouette_score(seg.to_numpy(), labels))
    counts = df[target].value_counts()
    return {"n_rows": int(df.shape[0]), "n_minority": int(counts.min()),
            "dup_key_rate": float(df[key].duplicated().mean()), "minority_rate": float(counts.min() / df.shape[0]),
            "max_feature_auc": float(feature_auc), "max_missing_auc": float(missing_auc),
            "max_skew": float(df[numeric].skew().max()), "silhouette": float(best)}
