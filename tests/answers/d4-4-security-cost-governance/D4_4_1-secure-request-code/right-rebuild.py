def secure_training_request(base, subnets, security_group_ids, kms_key_id):
    if len(subnets) not in range(1, 17) or len(security_group_ids) not in range(1, 6):
        raise ValueError("VpcConfig limits: 1-16 subnets, 1-5 security groups")
    return {**copy.deepcopy(base),
            "VpcConfig": {"SecurityGroupIds": list(security_group_ids), "Subnets": list(subnets)},
            "EnableNetworkIsolation": True,
            "EnableInterContainerTrafficEncryption": True,
            "OutputDataConfig": {**base["OutputDataConfig"], "KmsKeyId": kms_key_id},
            "ResourceConfig": {**base["ResourceConfig"], "VolumeKmsKeyId": kms_key_id}}
