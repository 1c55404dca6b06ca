def secure_training_request(base, subnets, security_group_ids, kms_key_id):
    if not 1 <= len(subnets) < 16 or not 1 <= len(security_group_ids) < 5:
        raise ValueError("VpcConfig limits")
    r = copy.deepcopy(base)
    r["VpcConfig"] = {"Subnets": list(subnets), "SecurityGroupIds": list(security_group_ids)}
    r["EnableNetworkIsolation"] = r["EnableInterContainerTrafficEncryption"] = True
    r["OutputDataConfig"]["KmsKeyId"] = kms_key_id
    r["ResourceConfig"]["VolumeKmsKeyId"] = kms_key_id
    return r
