def cast_types(df):
    out = df.copy()
    out["email"] = df["email"].str.strip().str.lower()
    text = df["signup_date"].str.strip()
    dates = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%d %b %Y", "%b %d, %Y"):
        dates = dates.fillna(pd.to_datetime(text, format=fmt, errors="coerce"))
    out["signup_date"] = dates
    out["age"] = pd.to_numeric(df["age"], errors="coerce").astype(float)
    out["income"] = pd.to_numeric(df["income"].str.replace("$", "", regex=False).str.replace(",", "", regex=False).str.strip(),
                                  errors="coerce").astype(float)
    out["plan"] = df["plan"].str.strip().str.lower().astype(pd.CategoricalDtype(["basic", "plus", "premium"]))
    out["is_active"] = df["is_active"].str.strip().str.lower().map(lambda v: v in {"yes", "y", "true", "1"}).astype(bool)
    return out
