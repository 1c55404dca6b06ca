def crawler_request(name, role, database, s3_path, schema_changes):
    update, recrawl = ("UPDATE_IN_DATABASE", "CRAWL_EVERYTHING") if schema_changes else ("LOG", "CRAWL_NEW_FOLDERS_ONLY")
    return dict(Name=name, Role=role, DatabaseName=database, Targets={"S3Targets": [{"Path": s3_path}]},
                SchemaChangePolicy={"UpdateBehavior": update, "DeleteBehavior": "LOG"},
                RecrawlPolicy={"RecrawlBehavior": recrawl})
