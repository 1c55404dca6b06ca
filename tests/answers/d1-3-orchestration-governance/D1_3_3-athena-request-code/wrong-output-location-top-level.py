def athena_request(sql, database, workgroup, output_location):
    # OutputLocation is not a top-level member of StartQueryExecution
    return {"QueryString": sql, "QueryExecutionContext": {"Database": database}, "WorkGroup": workgroup,
            "OutputLocation": output_location}
