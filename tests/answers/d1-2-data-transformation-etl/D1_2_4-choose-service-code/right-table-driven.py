def choose_etl_service(s):
    rules = [("athena", lambda x: x["sql_only"] and x["runtime_minutes"] <= C.ETL_ATHENA_MAX_MINUTES),
             ("sagemaker_processing", lambda x: x["in_sagemaker_pipeline"] and x["needs_ml_libraries"]),
             ("emr", lambda x: x["existing_hadoop_code"] or x["runtime_minutes"] >= C.ETL_EMR_MIN_MINUTES)]
    return next((label for label, rule in rules if rule(s)), "glue")
