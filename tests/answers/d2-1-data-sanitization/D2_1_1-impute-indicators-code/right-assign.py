def fit_medians(train, columns):
    return dict(train[list(columns)].median())


def impute_with_indicators(df, medians):
    flags = {f"{c}_was_missing": df[c].isna() for c in medians}
    return df.fillna(value=medians).assign(**flags)
