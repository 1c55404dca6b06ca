def athena_request(sql, database, workgroup, output_location):
    return {"QueryString": sql, "QueryExecutionContext": {"Database": database, "Catalog": "AwsDataCatalog"},
            "WorkGroup": "ml-quality", "ResultConfiguration": {"OutputLocation": output_location}}
