def deployment_request(endpoint, config_name, policy, n, alarms, timeout=None):
    if not alarms:
        raise ValueError("no alarm")
    bg = dict(policy)
    if timeout is not None:
        cfg = policy["TrafficRoutingConfiguration"]
        if timeout <= traffic_schedule(policy, n)[-1][0] + cfg["WaitIntervalInSeconds"]:
            raise ValueError("timeout too short")
        bg["MaximumExecutionTimeoutInSeconds"] = timeout
    return {"EndpointName": endpoint, "EndpointConfigName": config_name,
            "DeploymentConfig": {"BlueGreenUpdatePolicy": bg,
                                 "AutoRollbackConfiguration": {"Alarms": [{"AlarmName": a} for a in alarms]}}}
