def compilation_job_request(name, role_arn, model_s3, framework, input_name, input_shape, target_device, output_s3,
                            max_runtime_s):
    shape = json.dumps({input_name: [int(d) for d in input_shape]})
    return dict(CompilationJobName=name, RoleArn=role_arn,
                InputConfig=dict(S3Uri=model_s3, DataInputConfig=shape, Framework=framework),
                OutputConfig=dict(TargetDevice=target_device, S3OutputLocation=output_s3),
                StoppingCondition=dict(MaxRuntimeInSeconds=max_runtime_s))
