def cache_key(step_type, arguments):
    canonical = json.dumps([[a, arguments.get(a)] for a in CACHE_KEY_ATTRS[step_type]], sort_keys=True)
    return hashlib.md5((step_type + canonical).encode()).hexdigest()


def resolve(value, params, outputs):
    if isinstance(value, list):
        return [resolve(v, params, outputs) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and "Get" in value:
        head, name, *rest = value["Get"].split(".")
        node = params[name] if head == "Parameters" else outputs[name]
        for key in rest:
            node = node[key]
        return node
    return {k: resolve(v, params, outputs) for k, v in value.items()}


def run_pipeline(definition, overrides, cache, execute):
    spec = json.loads(definition)
    params = {p["Name"]: p["DefaultValue"] for p in spec["Parameters"]}
    if not set(overrides) <= set(params):
        raise ValueError("override for an undeclared parameter")
    params = {**params, **overrides}
    waiting = set()                                   # steps that wait for a condition to pick them
    for step in spec["Steps"]:
        if step["Type"] == "Condition":
            waiting.update(step["Arguments"]["IfSteps"], step["Arguments"]["ElseSteps"])
    outputs, ran = {}, []
    for step in spec["Steps"]:
        name, kind = step["Name"], step["Type"]
        if name in waiting:
            continue
        args = resolve(step["Arguments"], params, outputs)
        if kind == "Condition":
            holds = all(c["LeftValue"] >= c["RightValue"] for c in args["Conditions"])
            waiting.difference_update(args["IfSteps"] if holds else args["ElseSteps"])
            ran.append(name)
            continue
        key = None
        if kind in CACHE_KEY_ATTRS and step.get("CacheConfig", {}).get("Enabled"):
            key = cache_key(kind, args)
        if key is not None and key in cache:
            outputs[name] = cache[key]
        else:
            outputs[name] = execute(name, kind, args)
            ran.append(name)
            if key is not None:
                cache[key] = outputs[name]
    return ran
