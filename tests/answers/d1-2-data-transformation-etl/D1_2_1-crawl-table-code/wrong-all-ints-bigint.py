def crawl_table(local_dir, table_name, location):
    def hive(t):
        if pa.types.is_integer(t):
            return "bigint"
        if pa.types.is_floating(t):
            return "double"
        if pa.types.is_boolean(t):
            return "boolean"
        if pa.types.is_timestamp(t):
            return "timestamp"
        if pa.types.is_date(t):
            return "date"
        if pa.types.is_decimal(t):
            return f"decimal({t.precision},{t.scale})"
        return "string"
    files = sorted(Path(local_dir).rglob("*.parquet"))
    keys = [p.split("=")[0] for p in files[0].relative_to(local_dir).parts[:-1] if "=" in p]
    schema = pq.read_schema(files[0])
    return {"Name": table_name, "TableType": "EXTERNAL_TABLE", "Parameters": {"classification": "parquet"},
            "PartitionKeys": [{"Name": k, "Type": "string"} for k in keys],
            "StorageDescriptor": {"Columns": [{"Name": f.name, "Type": hive(f.type)} for f in schema if f.name not in keys],
                                  "Location": location,
                                  "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                                  "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                                  "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"}}}
