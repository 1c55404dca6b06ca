def step_problems(definition):
    d = json.loads(definition)
    defaults = {p["Name"]: p["DefaultValue"] for p in d["Parameters"]}

    def fill(v):
        if isinstance(v, dict) and list(v) == ["Get"]:
            ref = v["Get"]
            return defaults[ref.split(".")[1]] if ref.startswith("Parameters.") else "s3://placeholder/ref"
        if isinstance(v, dict):
            return {k: fill(x) for k, x in v.items()}
        return [fill(x) for x in v] if isinstance(v, list) else v

    result = {}
    for s in d["Steps"]:
        if s["Type"] == "Processing":
            result[s["Name"]] = request_problems("sagemaker", "CreateProcessingJob",
                                                 dict(fill(s["Arguments"]), ProcessingJobName="pipeline-step"))
        elif s["Type"] == "Training":
            result[s["Name"]] = request_problems("sagemaker", "CreateTrainingJob",
                                                 dict(fill(s["Arguments"]), TrainingJobName="pipeline-step"))
    return result
