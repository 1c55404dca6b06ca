def deployment_request(endpoint, config_name, policy, n, alarms, timeout=None):
    if len(alarms) == 0:
        raise ValueError("no alarm")
    policy_out = {**policy}
    if timeout is not None:
        _, total_wait = rollout_outcome(policy, n, alarm_times=[])
        if not timeout > total_wait:
            raise ValueError("timeout too short")
        policy_out["MaximumExecutionTimeoutInSeconds"] = timeout
    rollback = {"Alarms": [dict(AlarmName=name) for name in alarms]}
    return dict(EndpointName=endpoint, EndpointConfigName=config_name,
                DeploymentConfig=dict(BlueGreenUpdatePolicy=policy_out, AutoRollbackConfiguration=rollback))
