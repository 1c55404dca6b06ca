def dashboard_body(endpoint, variant, region):
    import json
    dims = ["EndpointName", endpoint]                      # SageMaker publishes per variant: no line without VariantName
    return json.dumps({"widgets": [
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "ModelLatency", *dims, {"stat": "p99"}]],
                                          "period": 60, "region": region}},
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "Invocations", *dims],
                                                      ["AWS/SageMaker", "Invocation5XXErrors", *dims]],
                                          "stat": "Sum", "period": 60, "region": region}}]})
