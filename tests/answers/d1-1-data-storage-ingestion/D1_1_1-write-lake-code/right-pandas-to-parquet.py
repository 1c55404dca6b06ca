def write_lake(df, root, partition_cols=("dt",)):
    df.to_parquet(root, partition_cols=list(partition_cols), index=False)
    return sorted(map(str, Path(root).glob("**/*.parquet")))
