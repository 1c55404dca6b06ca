def transform_job_request(name, model_name, input_uri, output_uri, instance_type, instance_count,
                          max_payload_mb, strategy, max_concurrent):
    return {
        "TransformJobName": name, "ModelName": model_name,
        "MaxConcurrentTransforms": max_concurrent, "MaxPayloadInMB": max_payload_mb, "BatchStrategy": strategy,
        "TransformInput": {"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": input_uri}},
                           "ContentType": "text/csv", "SplitType": "Line"},
        "TransformOutput": {"S3OutputPath": output_uri, "Accept": "text/csv", "AssembleWith": "Line"},
        "TransformResources": {"InstanceType": instance_type, "InstanceCount": instance_count},
        "DataProcessing": {"InputFilter": "$[1:]", "JoinSource": "Input", "OutputFilter": "$[0,-1]"},
    }
