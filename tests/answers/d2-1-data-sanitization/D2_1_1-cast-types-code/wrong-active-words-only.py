def cast_types(df):
    out = df.copy()
    out["email"] = out["email"].str.strip().str.lower()
    out["signup_date"] = pd.to_datetime(out["signup_date"].str.strip(), format="mixed")
    out["age"] = pd.to_numeric(out["age"].str.strip(), errors="coerce").astype("float64")
    money = out["income"].str.replace(r"[$,\s]", "", regex=True)
    out["income"] = pd.to_numeric(money, errors="coerce").astype("float64")
    out["plan"] = pd.Categorical(out["plan"].str.strip().str.lower(), categories=["basic", "plus", "premium"])
    out["is_active"] = out["is_active"].str.strip().str.lower().isin(["yes", "true"])
    return out
