def automl_v2_request(job_name, s3_train, s3_output, role_arn, target, problem_type, objective, max_candidates,
                      mode, max_job_seconds):
    req = {"AutoMLJobName": job_name, "RoleArn": role_arn,
           "AutoMLJobInputDataConfig": [{"ChannelType": "training", "ContentType": "text/csv;header=present",
                                         "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": s3_train}}}],
           "OutputDataConfig": {"S3OutputPath": s3_output},
           "AutoMLProblemTypeConfig": {"TabularJobConfig": {
               "TargetAttributeName": target, "ProblemType": problem_type, "Mode": mode,
               "CompletionCriteria": {"MaxCandidates": max_candidates,
                                      "MaxRuntimePerTrainingJobInSeconds": max_job_seconds}}}}
    if objective is not None:
        req["AutoMLJobObjective"] = {"MetricName": objective}
    return req
