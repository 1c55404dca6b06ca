def spot_training_request(base, checkpoint_s3_uri, max_runtime_s, max_wait_s, keep_alive_s=0):
    if max_wait_s <= max_runtime_s or max_runtime_s > 2_419_200 or keep_alive_s > 3600:
        raise ValueError("invalid")
    r = copy.deepcopy(base)
    r.update(EnableManagedSpotTraining=True, CheckpointConfig={"S3Uri": checkpoint_s3_uri, "LocalPath": "/opt/ml/checkpoints"},
             StoppingCondition={"MaxRuntimeInSeconds": max_runtime_s, "MaxWaitTimeInSeconds": max_wait_s})
    if keep_alive_s > 0:
        r["ResourceConfig"]["KeepAlivePeriodInSeconds"] = keep_alive_s
    return r
