def deduplicate(df, key="email"):
    norm = df[key].astype("str").str.strip().str.lower()
    return df.loc[~norm.duplicated(keep="last")].copy()
