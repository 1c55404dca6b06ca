def ml_guardrail_scp(allowed_regions):
    jobs = ["sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"]
    statements = [{"Effect": "Allow", "Action": "*", "Resource": "*"},
                  {"Effect": "Deny", "Action": jobs, "Resource": "*", "Condition": {"Null": {"sagemaker:VpcSubnets": "true"}}},
                  {"Effect": "Deny", "Action": jobs, "Resource": "*", "Condition": {"Null": {"sagemaker:VolumeKmsKey": "true"}}}]
    for region in allowed_regions:                   # one Deny per allowed Region: each denies the others
        statements.append({"Effect": "Deny", "Action": "sagemaker:*", "Resource": "*",
                           "Condition": {"StringNotEquals": {"aws:RequestedRegion": region}}})
    return {"Version": "2012-10-17", "Statement": statements}
