SIZES_MB = (1024, 2048, 3072, 4096, 5120, 6144)


def serverless_variant(model_name, model_mem_mb, peak_rps, latency_ms, payload_mb, duration_s):
    from fractions import Fraction
    conc = max(1, math.ceil(Fraction(peak_rps * latency_ms, 1000)))
    mem = next((m for m in SIZES_MB if m >= model_mem_mb), None)
    if mem is None or conc > 200 or payload_mb > 4 or duration_s > 60:
        raise ValueError("does not fit serverless")
    return {"ModelName": model_name, "VariantName": "AllTraffic",
            "ServerlessConfig": {"MaxConcurrency": conc, "MemorySizeInMB": mem}}


def async_endpoint_config(name, model_name, instance_type, output_s3, failure_s3, success_topic, error_topic,
                          max_per_instance):
    return {"EndpointConfigName": name,
            "ProductionVariants": [{"VariantName": "AllTraffic", "ModelName": model_name,
                                    "InstanceType": instance_type, "InitialInstanceCount": 1}],
            "AsyncInferenceConfig": {
                "ClientConfig": {"MaxConcurrentInvocationsPerInstance": max_per_instance},
                "OutputConfig": {"S3OutputPath": output_s3, "S3FailurePath": failure_s3,
                                 "NotificationConfig": {"SuccessTopic": success_topic, "ErrorTopic": error_topic}}}}
