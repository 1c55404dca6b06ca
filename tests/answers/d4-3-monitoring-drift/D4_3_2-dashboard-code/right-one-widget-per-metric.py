def dashboard_body(endpoint, variant, region):
    import json

    def widget(name, stat, x):
        line = ["AWS/SageMaker", name, "VariantName", variant, "EndpointName", endpoint, {"stat": stat}]
        return {"type": "metric", "x": x, "y": 0, "width": 8, "height": 6,
                "properties": {"metrics": [line], "region": region, "period": 60, "view": "timeSeries"}}

    return json.dumps({"widgets": [widget("ModelLatency", "p99", 0), widget("Invocations", "Sum", 8),
                                   widget("Invocation5XXErrors", "Sum", 16)]})
