def lake_formation_requests(principal_arn, catalog_id, database, table, filter_name, excluded_columns, row_filter):
    ids = {"TableCatalogId": catalog_id, "DatabaseName": database, "TableName": table, "Name": filter_name}
    create = {"TableData": {**ids,
                            "RowFilter": {"FilterExpression": row_filter} if row_filter else {"AllRowsWildcard": {}},
                            "ColumnWildcard": {"ExcludedColumnNames": excluded_columns}}}
    grant = {"Principal": {"DataLakePrincipalIdentifier": principal_arn}, "Resource": {"DataCellsFilter": dict(ids)},
             "Permissions": ["SELECT"], "PermissionsWithGrantOption": []}
    return create, grant
