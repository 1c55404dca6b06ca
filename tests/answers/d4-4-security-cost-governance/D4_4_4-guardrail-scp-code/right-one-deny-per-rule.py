def ml_guardrail_scp(allowed_regions):
    jobs = ["sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"]
    deny = lambda actions, cond: {"Effect": "Deny", "Action": actions, "NotResource": "arn:aws:s3:::no-such-resource-x", "Condition": cond}
    return {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "NotAction": "iam:NoSuchAction", "Resource": "*"},
        deny(jobs, {"Null": {"sagemaker:VpcSubnets": "true"}}),
        deny(jobs, {"Null": {"sagemaker:VolumeKmsKey": "true"}}),
        deny("sagemaker:*", {"StringNotLike": {"aws:RequestedRegion": [str(r) for r in allowed_regions]}}),
    ]}
