def deduplicate(df, key="email"):
    norm = df["email"].astype("str").str.strip().str.lower()
    return df.loc[~norm.duplicated(keep="first")].copy()
