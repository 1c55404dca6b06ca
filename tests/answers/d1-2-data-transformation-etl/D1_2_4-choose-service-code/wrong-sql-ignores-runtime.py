def choose_etl_service(s):
    if s["sql_only"]:
        return "athena"
    if s["in_sagemaker_pipeline"] and s["needs_ml_libraries"]:
        return "sagemaker_processing"
    if s["existing_hadoop_code"] or s["runtime_minutes"] >= C.ETL_EMR_MIN_MINUTES:
        return "emr"
    return "glue"
