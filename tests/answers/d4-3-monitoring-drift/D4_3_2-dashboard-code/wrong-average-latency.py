def dashboard_body(endpoint, variant, region):
    import json
    dims = ["EndpointName", endpoint, "VariantName", variant]
    return json.dumps({"widgets": [
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "ModelLatency", *dims]],
                                          "stat": "Average", "period": 60, "region": region}},   # the mean, not p99
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "Invocations", *dims],
                                                      ["AWS/SageMaker", "Invocation5XXErrors", *dims]],
                                          "stat": "Sum", "period": 60, "region": region}}]})
