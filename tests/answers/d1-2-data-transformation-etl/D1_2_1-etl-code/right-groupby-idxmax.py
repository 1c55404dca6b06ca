def etl(frames, target, renames, key, version_col, out_dir):
    conv = {"bigint": lambda s: pd.to_numeric(s, errors="coerce").astype("Int64"),
            "double": lambda s: pd.to_numeric(s, errors="coerce").astype("float64"),
            "timestamp": lambda s: pd.to_datetime(s, errors="coerce"),
            "string": lambda s: pd.Series([None if pd.isna(v) else str(v) for v in s], index=s.index, dtype="str")}
    parts = []
    for f in frames:
        f = f.rename(columns=renames)
        parts.append(pd.DataFrame({c: conv[h](f[c] if c in f else pd.Series(None, index=f.index, dtype=object))
                                   for c, h in target.items()}))
    rows = pd.concat(parts, ignore_index=True)
    rows = rows.loc[rows.groupby(key)[version_col].idxmax()].reset_index(drop=True)
    rows["dt"] = rows[version_col].dt.date.astype(str)
    rows.to_parquet(out_dir, partition_cols=["dt"], index=False)
    return rows
