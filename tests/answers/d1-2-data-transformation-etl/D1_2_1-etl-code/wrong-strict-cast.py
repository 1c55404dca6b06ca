def etl(frames, target, renames, key, version_col, out_dir):
    parts = []
    for f in frames:
        f = f.rename(columns=renames)
        out = pd.DataFrame(index=f.index)
        for c, h in target.items():
            s = f[c] if c in f else pd.Series(None, index=f.index, dtype=object)
            if h == "string":
                out[c] = s.map(lambda v: None if pd.isna(v) else str(v)).astype("str")
            elif h == "bigint":
                out[c] = pd.to_numeric(s).astype("Int64")
            elif h == "double":
                out[c] = pd.to_numeric(s.replace("", None))
            else:
                out[c] = pd.to_datetime(s)
        parts.append(out)
    rows = pd.concat(parts, ignore_index=True).sort_values(version_col)
    rows = rows.drop_duplicates(subset=[key], keep="last").reset_index(drop=True)
    rows["dt"] = rows[version_col].dt.strftime("%Y-%m-%d")
    rows.to_parquet(out_dir, partition_cols=["dt"], index=False)
    return rows
