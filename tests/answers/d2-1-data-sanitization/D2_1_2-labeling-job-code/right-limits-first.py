def labeling_job_request(spec):
    if spec["workforce"] not in ("private", "vendor"):
        raise ValueError("only private and vendor workforces exist since Mechanical Turk closed")
    seconds = round(spec["task_minutes"] * 60)
    lifetime = round(spec["available_hours"] * 60 * 60)
    n = spec["workers_per_object"]
    if n < 1 or n > GT_MAX_WORKERS or seconds > GT_MAX_TASK_SECONDS or lifetime > GT_MAX_AVAILABILITY_SECONDS:
        raise ValueError("the service would refuse this request")
    region, kind = spec["region"], GT_TASK_TYPES[spec["task_type"]]
    lam = lambda prefix: f"arn:aws:lambda:{region}:{GT_LAMBDA_ACCOUNT[region]}:function:{prefix}-{kind['lambda']}"
    ui_name = kind.get("human_task_ui")
    ui = ({"HumanTaskUiArn": f"arn:aws:sagemaker:{region}:{GT_HUMAN_TASK_UI_ACCOUNT}:human-task-ui/{ui_name}"}
          if ui_name else {"UiTemplateS3Uri": spec["template_uri"]})
    request = dict(
        LabelingJobName=spec["job_name"], LabelAttributeName=spec["job_name"],
        InputConfig={"DataSource": {"S3DataSource": {"ManifestS3Uri": spec["manifest_uri"]}}},
        OutputConfig={"S3OutputPath": spec["output_uri"]}, RoleArn=spec["role_arn"],
        LabelCategoryConfigS3Uri=spec["categories_uri"],
        HumanTaskConfig=dict(
            WorkteamArn=spec["workteam_arn"], UiConfig=ui, PreHumanTaskLambdaArn=lam("PRE"),
            TaskTitle=spec["title"], TaskDescription=spec["description"], NumberOfHumanWorkersPerDataObject=n,
            TaskTimeLimitInSeconds=int(seconds), TaskAvailabilityLifetimeInSeconds=int(lifetime),
            AnnotationConsolidationConfig={"AnnotationConsolidationLambdaArn": lam("ACS")}),
    )
    wants_auto = spec["auto_label"] and kind["algorithm"] is not None and spec["n_objects"] >= GT_AUTO_LABEL_MIN_OBJECTS
    if wants_auto:
        arn = f"arn:aws:sagemaker:{region}:027400017018:labeling-job-algorithm-specification/{kind['algorithm']}"
        request["LabelingJobAlgorithmsConfig"] = {"LabelingJobAlgorithmSpecificationArn": arn}
    return request
