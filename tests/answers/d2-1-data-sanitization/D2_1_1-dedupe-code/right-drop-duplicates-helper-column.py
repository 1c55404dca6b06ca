def deduplicate(df, key="email"):
    out = df.copy()
    out["_norm"] = out[key].astype(str).str.strip().str.lower()
    out = out.drop_duplicates(subset="_norm", keep="first")
    return out.drop(columns="_norm")
