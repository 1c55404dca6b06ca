def latency_alarm_request(endpoint, variant, p99_ms, period_s=60, evaluation_periods=5, datapoints_to_alarm=3,
                          treat_missing="notBreaching"):
    if datapoints_to_alarm > evaluation_periods:       # the period and range rules are left to botocore, which lacks them
        raise ValueError("M > N")
    return {"AlarmName": f"{endpoint}-{variant}-p99-latency", "Namespace": "AWS/SageMaker", "MetricName": "ModelLatency",
            "Dimensions": [{"Name": "EndpointName", "Value": endpoint}, {"Name": "VariantName", "Value": variant}],
            "ExtendedStatistic": "p99", "Period": period_s, "EvaluationPeriods": evaluation_periods,
            "DatapointsToAlarm": datapoints_to_alarm, "Threshold": p99_ms * 1000.0,
            "ComparisonOperator": "GreaterThanThreshold", "TreatMissingData": treat_missing}
