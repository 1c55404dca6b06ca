def deduplicate(df, key="email"):
    tmp = df.assign(_norm=df[key].str.strip().str.lower())
    return tmp.drop_duplicates("_norm", keep="first").drop(columns="_norm")
