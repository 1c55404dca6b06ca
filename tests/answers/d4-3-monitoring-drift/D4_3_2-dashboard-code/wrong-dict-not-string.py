def dashboard_body(endpoint, variant, region):
    dims = ["EndpointName", endpoint, "VariantName", variant]
    return {"widgets": [                                   # a dict: DashboardBody must be a JSON string
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "ModelLatency", *dims, {"stat": "p99"}]],
                                          "period": 60, "region": region}},
        {"type": "metric", "properties": {"metrics": [["AWS/SageMaker", "Invocations", *dims],
                                                      ["AWS/SageMaker", "Invocation5XXErrors", *dims]],
                                          "stat": "Sum", "period": 60, "region": region}}]}
