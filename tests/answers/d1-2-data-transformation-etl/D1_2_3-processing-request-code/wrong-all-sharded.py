def processing_request(job_name, role_arn, image_uri, code_uri, orders_uri, customers_uri, output_uri,
                       split_date, instance_count):
    inputs = []
    for name, uri, dist in (("code", code_uri, "FullyReplicated"), ("orders", orders_uri, "ShardedByS3Key"),
                            ("customers", customers_uri, "ShardedByS3Key")):
        inputs.append({"InputName": name, "S3Input": {"S3Uri": uri, "LocalPath": "/opt/ml/processing/input/" + name,
                                                      "S3DataType": "S3Prefix", "S3InputMode": "File",
                                                      "S3DataDistributionType": dist}})
    outputs = [{"OutputName": n, "S3Output": {"S3Uri": output_uri + "/" + n, "LocalPath": "/opt/ml/processing/output/" + n,
                                              "S3UploadMode": "EndOfJob"}} for n in ("test", "train")]
    return {"ProcessingJobName": job_name, "RoleArn": role_arn, "ProcessingInputs": inputs,
            "ProcessingOutputConfig": {"Outputs": outputs},
            "ProcessingResources": {"ClusterConfig": {"VolumeSizeInGB": 30, "InstanceType": "ml.m5.xlarge",
                                                      "InstanceCount": instance_count}},
            "AppSpecification": {"ImageUri": image_uri, "ContainerArguments": ["--split-date", split_date],
                                 "ContainerEntrypoint": ["python3", "/opt/ml/processing/input/code/preprocess.py"]},
            "StoppingCondition": {"MaxRuntimeInSeconds": 60 * 60}}
