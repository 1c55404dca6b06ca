def fit_medians(train, columns):
    return {c: float(train[c].mean()) for c in columns}


def impute_with_indicators(df, medians):
    out = df.copy()
    for col, med in medians.items():
        out[f"{col}_was_missing"] = out[col].isna()
        out[col] = out[col].fillna(med)
    return out
