def step_problems(definition):
    d = json.loads(definition)
    problems = request_problems("sagemaker", "CreatePipeline",
                                {"PipelineName": "p", "PipelineDefinition": definition, "ClientRequestToken": "t" * 32,
                                 "RoleArn": "arn:aws:iam::111122223333:role/R"})
    return {s["Name"]: problems for s in d["Steps"] if s["Type"] in ("Processing", "Training")}
