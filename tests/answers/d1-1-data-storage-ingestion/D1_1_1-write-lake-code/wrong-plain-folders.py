def write_lake(df, root, partition_cols=("dt",)):
    out = []
    for day, part in df.groupby("dt"):
        folder = Path(root) / str(day)
        folder.mkdir(parents=True, exist_ok=True)
        part.drop(columns=["dt"]).to_parquet(folder / "part-0.parquet", index=False)
        out.append(str(folder / "part-0.parquet"))
    return sorted(out)
