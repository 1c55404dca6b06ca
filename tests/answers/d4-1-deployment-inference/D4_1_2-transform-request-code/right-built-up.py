def transform_job_request(name, model_name, input_uri, output_uri, instance_type, instance_count,
                          max_payload_mb, strategy, max_concurrent):
    for v in (max_payload_mb, max_payload_mb * max_concurrent):
        if v > 100:
            raise ValueError("over the documented 100 MB")
    req = {"TransformJobName": name, "ModelName": model_name}
    req["TransformInput"] = {"ContentType": "text/csv", "SplitType": "Line",
                             "DataSource": {"S3DataSource": {"S3Uri": input_uri, "S3DataType": "S3Prefix"}}}
    req["TransformOutput"] = {"S3OutputPath": output_uri, "AssembleWith": "Line", "Accept": "text/csv"}
    req["TransformResources"] = {"InstanceCount": instance_count, "InstanceType": instance_type}
    req.update(BatchStrategy=strategy, MaxPayloadInMB=max_payload_mb, MaxConcurrentTransforms=max_concurrent)
    req["DataProcessing"] = {"OutputFilter": "$[0,-1]", "JoinSource": "Input", "InputFilter": "$[1:]"}
    return req
