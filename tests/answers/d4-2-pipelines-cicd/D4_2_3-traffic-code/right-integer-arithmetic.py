def _instances(size, n):
    v = size["Value"]
    return v if size["Type"] == "INSTANCE_COUNT" else -(-n * v // 100)


def traffic_schedule(policy, n):
    cfg = policy["TrafficRoutingConfiguration"]
    w = cfg["WaitIntervalInSeconds"]
    if cfg["Type"] == "ALL_AT_ONCE":
        return [(0, 1.0)]
    field = "CanarySize" if cfg["Type"] == "CANARY" else "LinearStepSize"
    if field not in cfg:
        raise ValueError(f"{cfg['Type']} needs {field}")
    k = _instances(cfg[field], n)
    if cfg["Type"] == "CANARY":
        if 2 * k > n:
            raise ValueError("canary too big")
        return [(0, k / n), (w, 1.0)]
    if 10 * k < n or 2 * k > n:
        raise ValueError("linear step outside 10-50 %")
    steps = -(-n // k)
    return [(i * w, min(1.0, (i + 1) * k / n)) for i in range(steps)]


def rollout_outcome(policy, n, alarm_times):
    last_shift = traffic_schedule(policy, n)[-1][0]
    end = last_shift + policy["TrafficRoutingConfiguration"]["WaitIntervalInSeconds"]
    for t in sorted(alarm_times):
        if 0 <= t <= end:
            return ("rolled_back", t)
    return ("completed", end + policy.get("TerminationWaitInSeconds", 0))
