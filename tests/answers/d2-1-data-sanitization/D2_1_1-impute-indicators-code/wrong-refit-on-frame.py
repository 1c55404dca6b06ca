def fit_medians(train, columns):
    return {c: float(train[c].median()) for c in columns}


def impute_with_indicators(df, medians):
    out = df.copy()
    for col, med in medians.items():
        out[f"{col}_was_missing"] = out[col].isna()
        out[col] = out[col].fillna(out[col].median())
    return out
