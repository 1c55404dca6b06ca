def tuning_request(name, strategy, metric, ranges, max_jobs, max_parallel, definition, max_epochs=None):
    pr = {}
    for n, spec in ranges.items():
        if spec[0] == "Categorical":
            pr.setdefault("CategoricalParameterRanges", []).append({"Name": n, "Values": [str(v) for v in spec[1]]})
        else:
            pr.setdefault(f"{spec[0]}ParameterRanges", []).append(
                {"Name": n, "MinValue": str(spec[1]), "MaxValue": str(spec[2]), "ScalingType": spec[3]})
    cfg = {"Strategy": strategy,
           "HyperParameterTuningJobObjective": {"MetricName": metric,
                                                "Type": "Minimize" if metric.split(":")[-1] in MINIMIZE else "Maximize"},
           "ResourceLimits": {"MaxParallelTrainingJobs": max_parallel, "MaxNumberOfTrainingJobs": max_jobs},
           "ParameterRanges": pr,
           "TrainingJobEarlyStoppingType": "Off" if strategy in ("Hyperband", "Grid") else "Auto"}
    if strategy == "Hyperband":
        cfg["StrategyConfig"] = {"HyperbandStrategyConfig": {"MinResource": 1, "MaxResource": max_epochs}}
    return dict(HyperParameterTuningJobName=name, HyperParameterTuningJobConfig=cfg, TrainingJobDefinition=definition)
