def lake_formation_requests(principal_arn, catalog_id, database, table, filter_name, excluded_columns, row_filter):
    # writes FilterExpression None instead of AllRowsWildcard when there is no row filter
    ids = {"TableCatalogId": catalog_id, "DatabaseName": database, "TableName": table, "Name": filter_name}
    create = {"TableData": {**ids, "RowFilter": {"FilterExpression": row_filter or "TRUE"},
                            "ColumnWildcard": {"ExcludedColumnNames": list(excluded_columns)}}}
    grant = {"Principal": {"DataLakePrincipalIdentifier": principal_arn}, "Resource": {"DataCellsFilter": ids},
             "Permissions": ["SELECT"]}
    return create, grant
