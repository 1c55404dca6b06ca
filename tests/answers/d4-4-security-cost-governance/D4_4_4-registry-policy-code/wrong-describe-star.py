def registry_policy_request(group_arn, reader_accounts):
    region, account, name = group_arn.split(":")[3], group_arn.split(":")[4], group_arn.split("/")[-1]
    policy = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": [f"arn:aws:iam::{a}:root" for a in reader_accounts]},
        "Action": ["sagemaker:Describe*", "sagemaker:List*", "sagemaker:UpdateModelPackage"],
        "Resource": [group_arn, f"arn:aws:sagemaker:{region}:{account}:model-package/{name}/*"]}]}
    return {"ModelPackageGroupName": name, "ResourcePolicy": json.dumps(policy)}
