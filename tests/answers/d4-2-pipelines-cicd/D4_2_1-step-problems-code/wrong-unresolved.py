def step_problems(definition):
    d = json.loads(definition)
    api = {"Processing": ("CreateProcessingJob", "ProcessingJobName"), "Training": ("CreateTrainingJob", "TrainingJobName")}
    return {s["Name"]: request_problems("sagemaker", api[s["Type"]][0], {api[s["Type"]][1]: "pipeline-step", **s["Arguments"]})
            for s in d["Steps"] if s["Type"] in api}
