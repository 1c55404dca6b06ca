def simulate_target_tracking(traffic, target, min_cap, max_cap, start, scale_out_cooldown, scale_in_cooldown):
    cap = min(max(start, min_cap), max_cap)
    last_out = last_any = None
    caps = []
    for t, inv in enumerate(traffic):
        caps.append(cap)
        desired = min(max(math.ceil(inv / target), min_cap), max_cap)
        if desired > cap and (last_out is None or t - last_out >= scale_out_cooldown):
            cap, last_out, last_any = desired, t, t
        elif desired < cap and (last_any is None or t - last_any >= scale_in_cooldown):
            cap, last_any = desired, t
    return caps


def autoscaling_requests(endpoint, variant, target, min_cap, max_cap, scale_in_cooldown_s, scale_out_cooldown_s):
    rid = "endpoint/" + endpoint + "/variant/" + variant
    dim = "sagemaker:variant:DesiredInstanceCount"
    reg = dict(ServiceNamespace="sagemaker", ResourceId=rid, ScalableDimension=dim,
               MinCapacity=min_cap, MaxCapacity=max_cap)
    pol = dict(PolicyName=endpoint + "-invocations", ServiceNamespace="sagemaker", ResourceId=rid,
               ScalableDimension=dim, PolicyType="TargetTrackingScaling",
               TargetTrackingScalingPolicyConfiguration=dict(
                   TargetValue=target, ScaleOutCooldown=scale_in_cooldown_s, ScaleInCooldown=scale_out_cooldown_s,
                   PredefinedMetricSpecification=dict(PredefinedMetricType="SageMakerVariantInvocationsPerInstance")))
    return reg, pol
