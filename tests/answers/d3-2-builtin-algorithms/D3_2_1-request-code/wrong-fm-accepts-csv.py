def training_request(job_name, algorithm, hyperparameters, train_uri, validation_uri=None, content_type="text/csv",
                     input_mode="File", instance_type="ml.m5.xlarge", instance_count=1):
    base = content_type.split(";")[0].strip()
    proto = "application/x-recordio-protobuf"
    if algorithm == "factorization-machines":
        ok = base in ("text/csv", proto)
    elif algorithm == "ipinsights":
        ok = base == "text/csv"
    elif algorithm == "xgboost":
        ok = base in ("text/csv", "text/libsvm", "application/x-parquet", proto)
    else:
        ok = base in ("text/csv", proto)
    if not ok or instance_type not in set(enum_values("sagemaker", "TrainingInstanceType")):
        raise ValueError("refused")
    uris = [("train", train_uri)] + ([("validation", validation_uri)] if validation_uri else [])
    return dict(
        TrainingJobName=job_name,
        RoleArn=ROLE,
        AlgorithmSpecification=dict(TrainingImage=IMAGES[algorithm], TrainingInputMode=input_mode),
        HyperParameters={str(k): f"{v}" for k, v in hyperparameters.items()},
        InputDataConfig=[dict(ChannelName=n, ContentType=content_type,
                              DataSource=dict(S3DataSource=dict(S3DataType="S3Prefix", S3Uri=u,
                                                                S3DataDistributionType="FullyReplicated")))
                         for n, u in uris],
        OutputDataConfig=dict(S3OutputPath=OUTPUT),
        ResourceConfig=dict(InstanceType=instance_type, InstanceCount=instance_count, VolumeSizeInGB=30),
        StoppingCondition=dict(MaxRuntimeInSeconds=3600),
    )
