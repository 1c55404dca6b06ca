def crawler_request(name, role, database, s3_path, schema_changes):
    return {"Name": name, "Role": role, "DatabaseName": database, "Targets": {"S3Targets": [{"Path": s3_path}]},
            "SchemaChangePolicy": {"UpdateBehavior": "UPDATE_IN_DATABASE", "DeleteBehavior": "LOG"},
            "RecrawlPolicy": {"RecrawlBehavior": "CRAWL_EVERYTHING" if schema_changes else "CRAWL_NEW_FOLDERS_ONLY"}}
