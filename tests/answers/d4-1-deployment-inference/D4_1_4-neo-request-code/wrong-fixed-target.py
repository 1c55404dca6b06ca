def compilation_job_request(name, role_arn, model_s3, framework, input_name, input_shape, target_device, output_s3,
                            max_runtime_s):
    return {"CompilationJobName": name, "RoleArn": role_arn,
            "InputConfig": {"S3Uri": model_s3, "Framework": framework,
                            "DataInputConfig": json.dumps({input_name: list(input_shape)})},
            "OutputConfig": {"S3OutputLocation": output_s3, "TargetDevice": "ml_c5"},
            "StoppingCondition": {"MaxRuntimeInSeconds": max_runtime_s}}
