def training_job_request(name, image_uri, role_arn, hyperparameters, train_s3, validation_s3, output_s3,
                         instance_type, instance_count=1, shard_train=False):
    channels = []
    for cname, uri in (("train", train_s3), ("validation", validation_s3)):
        dist = "ShardedByS3Key" if (cname == "train" and shard_train) else "FullyReplicated"
        channels.append({"ChannelName": cname, "ContentType": "text/csv", "InputMode": "File",
                         "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": uri,
                                                         "S3DataDistributionType": dist}}})
    req = dict(TrainingJobName=name, RoleArn=role_arn, InputDataConfig=channels,
               AlgorithmSpecification=dict(TrainingImage=image_uri, TrainingInputMode="File",
                                           MetricDefinitions=metric_definitions()),
               HyperParameters={str(k): f"{v}" for k, v in hyperparameters.items()},
               OutputDataConfig=dict(S3OutputPath=output_s3),
               ResourceConfig=dict(InstanceType=instance_type, InstanceCount=int(instance_count), VolumeSizeInGB=30),
               StoppingCondition=dict(MaxRuntimeInSeconds=3600))
    return req
