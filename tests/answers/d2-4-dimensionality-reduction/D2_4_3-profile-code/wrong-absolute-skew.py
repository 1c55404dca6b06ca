def profile(df, target, key, segment_cols):
    from sklearn.cluster import KMeans
    from sklearn.metrics import roc_auc_score, silhouette_score
    y = df[target].to_numpy()
    feats = [c for c in df.columns if c not in (key, target)]
    num = [c for c in feats if pd.api.types.is_numeric_dtype(df[c])]
    fold = lambda a: max(a, 1 - a)
    fa = [fold(roc_auc_score(y[df[c].notna().to_numpy()], df[c].dropna().to_numpy(dtype=float))) for c in num]
    ma = [fold(roc_auc_score(y, df[c].isna().to_numpy(dtype=float))) for c in feats if df[c].isna().any()]
    S = df[segment_cols].iloc[:400].to_numpy(dtype=float)
    S = (S - S.mean(0)) / S.std(0)
    sil = max(silhouette_score(S, KMeans(n_clusters=k, n_init=4, random_state=0).fit_predict(S)) for k in (2, 3, 4))
    counts = df[target].value_counts()
    return {"n_rows": len(df), "n_minority": int(counts.min()), "dup_key_rate": 1 - df[key].nunique() / len(df),
            "minority_rate": float(counts.min() / len(df)), "max_feature_auc": max(fa),
            "max_missing_auc": max(ma, default=0.5), "max_skew": float(max(abs(df[c].dropna().skew()) for c in num)),
            "silhouette": float(sil)}
