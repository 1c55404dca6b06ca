# expect: D2_1_2-labeling-job-rules
def labeling_job_request(spec):
    task = GT_TASK_TYPES[spec["task_type"]]
    region = spec["region"]
    account = GT_LAMBDA_ACCOUNT[region]
    workers = spec["workers_per_object"]
    task_seconds = int(round(spec["task_minutes"] * 60))
    availability = int(round(spec["available_hours"] * 3600))
    if not 1 <= workers <= GT_MAX_WORKERS:
        raise ValueError(f"NumberOfHumanWorkersPerDataObject must be 1..{GT_MAX_WORKERS}")
    if task_seconds > GT_MAX_TASK_SECONDS:
        raise ValueError("TaskTimeLimitInSeconds is above 8 hours")
    if availability > GT_MAX_AVAILABILITY_SECONDS:
        raise ValueError("TaskAvailabilityLifetimeInSeconds is above 30 days")
    if task["human_task_ui"]:
        ui = {"HumanTaskUiArn": f"arn:aws:sagemaker:{region}:{GT_HUMAN_TASK_UI_ACCOUNT}:human-task-ui/{task['human_task_ui']}"}
    else:
        ui = {"UiTemplateS3Uri": spec["template_uri"]}
    human = {
        "WorkteamArn": spec["workteam_arn"],
        "UiConfig": ui,
        "PreHumanTaskLambdaArn": f"arn:aws:lambda:{region}:{account}:function:PRE-{task['lambda']}",
        "TaskTitle": spec["title"],
        "TaskDescription": spec["description"],
        "NumberOfHumanWorkersPerDataObject": workers,
        "TaskTimeLimitInSeconds": task_seconds,
        "TaskAvailabilityLifetimeInSeconds": availability,
        "AnnotationConsolidationConfig": {
            "AnnotationConsolidationLambdaArn": f"arn:aws:lambda:{region}:{account}:function:ACS-{task['lambda']}"},
    }
    request = {
        "LabelingJobName": spec["job_name"],
        "LabelAttributeName": spec["job_name"],
        "InputConfig": {"DataSource": {"S3DataSource": {"ManifestS3Uri": spec["manifest_uri"]}}},
        "OutputConfig": {"S3OutputPath": spec["output_uri"]},
        "RoleArn": spec["role_arn"],
        "LabelCategoryConfigS3Uri": spec["categories_uri"],
        "HumanTaskConfig": human,
    }
    if spec["auto_label"] and task["algorithm"] and spec["n_objects"] >= GT_AUTO_LABEL_MIN_OBJECTS:
        request["LabelingJobAlgorithmsConfig"] = {"LabelingJobAlgorithmSpecificationArn":
            f"arn:aws:sagemaker:{region}:027400017018:labeling-job-algorithm-specification/{task['algorithm']}"}
    return request
