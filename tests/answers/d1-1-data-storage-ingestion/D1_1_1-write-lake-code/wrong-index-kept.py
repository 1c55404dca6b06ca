def write_lake(df, root, partition_cols=("dt",)):
    pq.write_to_dataset(pa.Table.from_pandas(df), str(root), partition_cols=list(partition_cols))
    return sorted(str(p) for p in Path(root).rglob("*.parquet"))
