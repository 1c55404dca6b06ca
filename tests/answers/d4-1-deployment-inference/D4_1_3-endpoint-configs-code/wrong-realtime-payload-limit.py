SIZES_MB = (1024, 2048, 3072, 4096, 5120, 6144)


def serverless_variant(model_name, model_mem_mb, peak_rps, latency_ms, payload_mb, duration_s):
    if payload_mb > 6 or duration_s > 60 or model_mem_mb > 6144:
        raise ValueError("does not fit")
    conc = max(1, -(-peak_rps * latency_ms // 1000))
    if conc > 200:
        raise ValueError("too many")
    mem = min(m for m in SIZES_MB if m >= model_mem_mb)
    return {"VariantName": "AllTraffic", "ModelName": model_name,
            "ServerlessConfig": {"MemorySizeInMB": mem, "MaxConcurrency": conc}}


def async_endpoint_config(name, model_name, instance_type, output_s3, failure_s3, success_topic, error_topic,
                          max_per_instance):
    return {"EndpointConfigName": name,
            "ProductionVariants": [{"VariantName": "AllTraffic", "ModelName": model_name,
                                    "InstanceType": instance_type, "InitialInstanceCount": 1}],
            "AsyncInferenceConfig": {
                "ClientConfig": {"MaxConcurrentInvocationsPerInstance": max_per_instance},
                "OutputConfig": {"S3OutputPath": output_s3, "S3FailurePath": failure_s3,
                                 "NotificationConfig": {"SuccessTopic": success_topic, "ErrorTopic": error_topic}}}}
