def upstream(runs, dataset):
    # only the inputs of the runs that wrote the dataset, not their own sources
    return {i for r in runs if dataset in r["outputs"] for i in r["inputs"]}
