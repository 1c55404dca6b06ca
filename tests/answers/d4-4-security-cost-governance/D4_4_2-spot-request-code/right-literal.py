def spot_training_request(base, checkpoint_s3_uri, max_runtime_s, max_wait_s, keep_alive_s=0):
    problems = [max_wait_s < max_runtime_s, max_runtime_s > 28 * 24 * 3600, keep_alive_s > 60 * 60]
    if any(problems):
        raise ValueError("invalid Spot stopping condition or warm-pool keep-alive")
    resources = dict(copy.deepcopy(base["ResourceConfig"]))
    if keep_alive_s:
        resources["KeepAlivePeriodInSeconds"] = keep_alive_s
    return {**copy.deepcopy(base), "ResourceConfig": resources, "EnableManagedSpotTraining": True,
            "CheckpointConfig": {"S3Uri": checkpoint_s3_uri, "LocalPath": "/opt/ml/checkpoints"},
            "StoppingCondition": {"MaxRuntimeInSeconds": max_runtime_s, "MaxWaitTimeInSeconds": max_wait_s}}
