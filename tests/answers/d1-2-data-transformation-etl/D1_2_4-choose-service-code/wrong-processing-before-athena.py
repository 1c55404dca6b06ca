def choose_etl_service(s):
    if s["in_sagemaker_pipeline"] and s["needs_ml_libraries"]:
        return "sagemaker_processing"
    if s["sql_only"] and s["runtime_minutes"] <= C.ETL_ATHENA_MAX_MINUTES:
        return "athena"
    if s["existing_hadoop_code"] or s["runtime_minutes"] >= C.ETL_EMR_MIN_MINUTES:
        return "emr"
    return "glue"
