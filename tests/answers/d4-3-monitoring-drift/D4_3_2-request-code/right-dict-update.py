def latency_alarm_request(endpoint, variant, p99_ms, period_s=60, evaluation_periods=5, datapoints_to_alarm=3,
                          treat_missing="notBreaching"):
    ok_period = period_s in (10, 20, 30) or (period_s >= 60 and period_s % 60 == 0)
    max_range = 604_800 if period_s >= 3600 else 86_400
    if (not ok_period or period_s * evaluation_periods > max_range or datapoints_to_alarm > evaluation_periods
            or treat_missing not in {"breaching", "notBreaching", "ignore", "missing"}):
        raise ValueError("the alarm breaks a documented PutMetricAlarm rule")
    req = dict(AlarmName=f"{endpoint}-{variant}-p99-latency", Namespace="AWS/SageMaker", MetricName="ModelLatency",
               ExtendedStatistic="p99", ComparisonOperator="GreaterThanThreshold", Threshold=p99_ms * 1e3)
    req.update(Dimensions=[{"Name": "VariantName", "Value": variant}, {"Name": "EndpointName", "Value": endpoint}],
               Period=period_s, EvaluationPeriods=evaluation_periods, DatapointsToAlarm=datapoints_to_alarm,
               TreatMissingData=treat_missing)
    return req
