def _instances(size, n):
    return size["Value"] if size["Type"] == "INSTANCE_COUNT" else math.ceil(size["Value"] * n / 100)


def traffic_schedule(policy, n):
    cfg = policy["TrafficRoutingConfiguration"]
    kind, w = cfg["Type"], cfg["WaitIntervalInSeconds"]
    if kind == "ALL_AT_ONCE":
        return [(0, 1.0)]
    if kind == "CANARY":
        if "CanarySize" not in cfg or _instances(cfg["CanarySize"], n) / n > 0.5:
            raise ValueError("bad canary")
        return [(0, _instances(cfg["CanarySize"], n) / n), (w, 1.0)]
    if "LinearStepSize" not in cfg:
        raise ValueError("no step")
    k = _instances(cfg["LinearStepSize"], n)
    if not 0.1 <= k / n <= 0.5:
        raise ValueError("bad step")
    out, on = [], 0
    while on < n:
        on = min(n, on + k)
        out.append((len(out) * w, on / n))
    return out


def rollout_outcome(policy, n, alarm_times):
    end = traffic_schedule(policy, n)[-1][0] + policy["TrafficRoutingConfiguration"]["WaitIntervalInSeconds"]
    hits = [t for t in alarm_times if 0 <= t <= end]
    return ("rolled_back", min(hits)) if hits else ("completed", end + policy.get("TerminationWaitInSeconds", 0))
