def write_lake(df, root, partition_cols=("dt",)):
    pq.write_to_dataset(pa.Table.from_pandas(df, preserve_index=False), str(root), partition_cols=["dt"])
    return sorted(str(p) for p in Path(root).rglob("*.parquet"))
