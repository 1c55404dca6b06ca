# expect: D2_1_1-dedupe
def deduplicate(df, key="email"):
    # keeps the most recent copy of each e-mail instead of the first one
    norm = df[key].astype(str).str.strip().str.lower()
    return df.loc[~norm.duplicated(keep="last")].copy()
