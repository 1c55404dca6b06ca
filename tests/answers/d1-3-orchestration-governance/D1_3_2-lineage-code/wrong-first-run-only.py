def upstream(runs, dataset):
    # keeps only the inputs of the first run that wrote each dataset
    first = {}
    for r in runs:
        for o in r["outputs"]:
            first.setdefault(o, set(r["inputs"]))
    seen, todo = set(), [dataset]
    while todo:
        for p in first.get(todo.pop(), ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen
