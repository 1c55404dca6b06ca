def deduplicate(df, key="email"):
    return df.drop_duplicates(subset=[key], keep="first")
