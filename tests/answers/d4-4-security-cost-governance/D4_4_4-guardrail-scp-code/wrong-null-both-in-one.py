def ml_guardrail_scp(allowed_regions):
    jobs = ["sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"]
    return {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"},
        {"Effect": "Deny", "Action": jobs, "Resource": "*",          # denies only when BOTH keys are missing
         "Condition": {"Null": {"sagemaker:VpcSubnets": "true", "sagemaker:VolumeKmsKey": "true"}}},
        {"Effect": "Deny", "Action": "sagemaker:*", "Resource": "*",
         "Condition": {"StringNotEquals": {"aws:RequestedRegion": list(allowed_regions)}}}]}
