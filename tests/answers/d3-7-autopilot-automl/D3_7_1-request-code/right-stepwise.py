def automl_v2_request(job_name, s3_train, s3_output, role_arn, target, problem_type, objective, max_candidates,
                      mode, max_job_seconds):
    criteria = dict(MaxCandidates=max_candidates, MaxAutoMLJobRuntimeInSeconds=max_job_seconds)
    tabular = dict(TargetAttributeName=target, ProblemType=problem_type, Mode=mode, CompletionCriteria=criteria)
    source = {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": s3_train}}
    channel = dict(ChannelType="training", ContentType="text/csv;header=present", DataSource=source)
    out = dict(AutoMLJobName=job_name, AutoMLJobInputDataConfig=[channel], RoleArn=role_arn,
               OutputDataConfig=dict(S3OutputPath=s3_output),
               AutoMLProblemTypeConfig=dict(TabularJobConfig=tabular))
    if objective:
        out["AutoMLJobObjective"] = dict(MetricName=objective)
    return out
