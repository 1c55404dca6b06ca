def write_lake(df, root, partition_cols=("dt",)):
    import pyarrow.dataset as ds
    table = pa.Table.from_pandas(df, preserve_index=False)
    ds.write_dataset(table, str(root), format="parquet", partitioning=list(partition_cols), partitioning_flavor="hive")
    return sorted(str(p) for p in Path(root).rglob("*.parquet"))
