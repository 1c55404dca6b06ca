def crawler_request(name, role, database, s3_path, schema_changes):
    if schema_changes:
        policy = {"UpdateBehavior": "UPDATE_IN_DATABASE", "DeleteBehavior": "DELETE_FROM_DATABASE"}
        recrawl = "CRAWL_EVERYTHING"
    else:
        policy = {"UpdateBehavior": "LOG", "DeleteBehavior": "LOG"}
        recrawl = "CRAWL_NEW_FOLDERS_ONLY"
    return {"Name": name, "Role": role, "DatabaseName": database, "Targets": {"S3Targets": [{"Path": s3_path}]},
            "SchemaChangePolicy": policy, "RecrawlPolicy": {"RecrawlBehavior": recrawl}}
