def deployment_request(endpoint, config_name, policy, n, alarms, timeout=None):
    if not alarms:
        raise ValueError("no alarm")
    if timeout is not None:
        if timeout <= rollout_outcome(policy, n, [])[1]:
            raise ValueError("timeout too short")
        policy["MaximumExecutionTimeoutInSeconds"] = timeout
    return {"EndpointName": endpoint, "EndpointConfigName": config_name,
            "DeploymentConfig": {"BlueGreenUpdatePolicy": policy,
                                 "AutoRollbackConfiguration": {"Alarms": [{"AlarmName": a} for a in alarms]}}}
