def lake_formation_requests(principal_arn, catalog_id, database, table, filter_name, excluded_columns, row_filter):
    # grants SELECT on the whole table instead of on the data cells filter
    rows = {"AllRowsWildcard": {}} if row_filter is None else {"FilterExpression": row_filter}
    create = {"TableData": {"TableCatalogId": catalog_id, "DatabaseName": database, "TableName": table, "Name": filter_name,
                            "RowFilter": rows, "ColumnWildcard": {"ExcludedColumnNames": list(excluded_columns)}}}
    grant = {"Principal": {"DataLakePrincipalIdentifier": principal_arn},
             "Resource": {"Table": {"CatalogId": catalog_id, "DatabaseName": database, "Name": table}},
             "Permissions": ["SELECT"]}
    return create, grant
