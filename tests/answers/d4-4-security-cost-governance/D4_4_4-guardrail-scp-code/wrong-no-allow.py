def ml_guardrail_scp(allowed_regions):
    jobs = ["sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"]
    return {"Version": "2012-10-17", "Statement": [             # an SCP with only Deny statements allows nothing
        {"Effect": "Deny", "Action": jobs, "Resource": "*", "Condition": {"Null": {"sagemaker:VpcSubnets": "true"}}},
        {"Effect": "Deny", "Action": jobs, "Resource": "*", "Condition": {"Null": {"sagemaker:VolumeKmsKey": "true"}}},
        {"Effect": "Deny", "Action": "sagemaker:*", "Resource": "*",
         "Condition": {"StringNotEquals": {"aws:RequestedRegion": list(allowed_regions)}}}]}
