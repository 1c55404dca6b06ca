def crawl_table(local_dir, table_name, location):
    names = {"int8": "tinyint", "int16": "smallint", "int32": "int", "int64": "bigint", "float": "float",
             "double": "double", "bool": "boolean", "string": "string", "large_string": "string", "date32[day]": "date"}
    def hive(t):
        if pa.types.is_timestamp(t):
            return "timestamp"
        if pa.types.is_decimal(t):
            return f"decimal({t.precision},{t.scale})"
        return names[str(t)]
    schema = pq.read_schema(sorted(Path(local_dir).rglob("*.parquet"))[0])
    return {"Name": table_name, "TableType": "EXTERNAL_TABLE", "Parameters": {"classification": "parquet"},
            "PartitionKeys": [{"Name": "dt", "Type": "string"}],
            "StorageDescriptor": {"Columns": [{"Name": f.name, "Type": hive(f.type)} for f in schema if f.name != "dt"],
                                  "Location": location,
                                  "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                                  "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                                  "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"}}}
