def simulate_target_tracking(traffic, target, min_cap, max_cap, start, scale_out_cooldown, scale_in_cooldown):
    cap = max(min_cap, min(max_cap, start))
    out_ok = in_ok = 0                    # first minute at which each kind of scaling is allowed
    caps = []
    for t, inv in enumerate(traffic):
        caps.append(cap)
        want = max(min_cap, min(max_cap, -(-inv // target)))
        want = int(want)
        if want > cap and t >= out_ok:
            cap = want
            out_ok, in_ok = t + scale_out_cooldown, t + scale_in_cooldown
        elif want < cap and t >= in_ok:
            cap = want
            in_ok = t + scale_in_cooldown
    return caps


def autoscaling_requests(endpoint, variant, target, min_cap, max_cap, scale_in_cooldown_s, scale_out_cooldown_s):
    rid = "endpoint/" + endpoint + "/variant/" + variant
    dim = "sagemaker:variant:DesiredInstanceCount"
    reg = dict(ServiceNamespace="sagemaker", ResourceId=rid, ScalableDimension=dim,
               MinCapacity=min_cap, MaxCapacity=max_cap)
    pol = dict(PolicyName=endpoint + "-invocations", ServiceNamespace="sagemaker", ResourceId=rid,
               ScalableDimension=dim, PolicyType="TargetTrackingScaling",
               TargetTrackingScalingPolicyConfiguration=dict(
                   TargetValue=target, ScaleOutCooldown=scale_out_cooldown_s, ScaleInCooldown=scale_in_cooldown_s,
                   PredefinedMetricSpecification=dict(PredefinedMetricType="SageMakerVariantInvocationsPerInstance")))
    return reg, pol
