def step_problems(definition):
    d = json.loads(definition)
    defaults = {p["Name"]: p["DefaultValue"] for p in d["Parameters"]}

    def fill(v):
        if isinstance(v, dict):
            if set(v) == {"Get"}:
                kind, name = v["Get"].split(".")[:2]
                return defaults[name] if kind == "Parameters" else "s3://placeholder/ref"
            return {k: fill(x) for k, x in v.items()}
        return [fill(x) for x in v] if isinstance(v, list) else v

    ops = {"Processing": "CreateProcessingJob", "Training": "CreateTrainingJob"}
    return {s["Name"]: request_problems("sagemaker", ops[s["Type"]], fill(s["Arguments"]))
            for s in d["Steps"] if s["Type"] in ops}
