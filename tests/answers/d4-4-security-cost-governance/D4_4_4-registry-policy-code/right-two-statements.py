def registry_policy_request(group_arn, reader_accounts):
    _, _, _, region, owner, rest = group_arn.split(":", 5)
    name = rest.split("/", 1)[1]
    readers = {"AWS": list(reader_accounts)}
    statements = [
        {"Sid": "DescribeGroup", "Effect": "Allow", "Principal": readers,
         "Action": ["sagemaker:DescribeModelPackageGroup", "sagemaker:ListModelPackages"], "Resource": group_arn},
        {"Sid": "DescribePackages", "Effect": "Allow", "Principal": readers,
         "Action": ["sagemaker:DescribeModelPackage", "sagemaker:ListModelPackages"],
         "Resource": f"arn:aws:sagemaker:{region}:{owner}:model-package/{name}/*"},
        {"Sid": "NoWritesFromReaders", "Effect": "Deny", "Principal": readers,
         "Action": ["sagemaker:UpdateModelPackage", "sagemaker:DeleteModelPackage", "sagemaker:CreateModelPackage"], "Resource": "*"},
    ]
    return {"ModelPackageGroupName": name, "ResourcePolicy": json.dumps({"Version": "2012-10-17", "Statement": statements})}
