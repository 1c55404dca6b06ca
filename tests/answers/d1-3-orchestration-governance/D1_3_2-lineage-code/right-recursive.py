def upstream(runs, dataset):
    direct = {}
    for r in runs:
        for o in r["outputs"]:
            direct[o] = direct.get(o, set()) | set(r["inputs"])

    def walk(d):
        found = set()
        for p in direct.get(d, set()):
            found |= {p} | walk(p)
        return found

    return walk(dataset)
