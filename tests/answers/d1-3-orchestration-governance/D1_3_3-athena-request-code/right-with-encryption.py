def athena_request(sql, database, workgroup, output_location):
    return dict(QueryString=sql, WorkGroup=workgroup,
                QueryExecutionContext=dict(Catalog="AwsDataCatalog", Database=database),
                ResultConfiguration=dict(OutputLocation=output_location,
                                         EncryptionConfiguration={"EncryptionOption": "SSE_S3"}))
