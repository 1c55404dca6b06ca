def training_job_request(name, image_uri, role_arn, hyperparameters, train_s3, validation_s3, output_s3,
                         instance_type, instance_count=1, shard_train=False):
    def channel(cname, uri, dist):
        return {"ChannelName": cname, "ContentType": "text/csv",
                "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": uri, "S3DataDistributionType": dist}}}

    return {
        "TrainingJobName": name,
        "RoleArn": role_arn,
        "AlgorithmSpecification": {"TrainingImage": image_uri, "TrainingInputMode": "File",
                                   "MetricDefinitions": metric_definitions()},
        "HyperParameters": {k: str(v) for k, v in hyperparameters.items()},
        "InputDataConfig": [channel("train", train_s3, "ShardedByS3Key" if shard_train else "FullyReplicated"),
                            channel("validation", validation_s3, "ShardedByS3Key" if shard_train else "FullyReplicated")],
        "OutputDataConfig": {"S3OutputPath": output_s3},
        "ResourceConfig": {"InstanceType": instance_type, "InstanceCount": instance_count, "VolumeSizeInGB": 30},
        "StoppingCondition": {"MaxRuntimeInSeconds": 3600},
    }
