def deployment_request(endpoint, config_name, policy, n, alarms, timeout=None):
    if not alarms:
        raise ValueError("no alarm")
    bg = dict(policy)
    if timeout is not None:
        if timeout <= rollout_outcome(policy, n, [])[1]:
            raise ValueError("timeout too short")
        bg["MaximumExecutionTimeoutInSeconds"] = timeout
    return {"EndpointName": endpoint, "EndpointConfigName": config_name,
            "DeploymentConfig": {"BlueGreenUpdatePolicy": bg, "AutoRollbackConfiguration": {"Alarms": list(alarms)}}}
