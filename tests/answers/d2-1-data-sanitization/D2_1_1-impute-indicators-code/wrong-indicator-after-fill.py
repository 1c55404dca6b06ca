def fit_medians(train, columns):
    return {c: float(train[c].median()) for c in columns}


def impute_with_indicators(df, medians):
    out = df.copy()
    for col, med in medians.items():
        out[col] = out[col].fillna(med)
        out[f"{col}_was_missing"] = out[col].isna()
    return out
