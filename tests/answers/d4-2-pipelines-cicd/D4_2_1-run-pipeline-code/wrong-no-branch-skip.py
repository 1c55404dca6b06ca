def cache_key(step_type, arguments):
    picked = {a: arguments[a] for a in CACHE_KEY_ATTRS[step_type] if a in arguments}
    return hashlib.sha256(json.dumps(picked, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def resolve(value, params, outputs):
    if isinstance(value, dict) and list(value) == ["Get"]:
        parts = value["Get"].split(".")
        if parts[0] == "Parameters":
            return params[parts[1]]
        node = outputs[parts[1]]
        for p in parts[2:]:
            node = node[p]
        return node
    if isinstance(value, dict):
        return {k: resolve(v, params, outputs) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, params, outputs) for v in value]
    return value


def run_pipeline(definition, overrides, cache, execute):
    d = json.loads(definition)
    params = {p["Name"]: p["DefaultValue"] for p in d["Parameters"]}
    for k in overrides:
        if k not in params:
            raise ValueError(k)
    params.update(overrides)
    gated = {n for s in d["Steps"] if s["Type"] == "Condition"
             for n in s["Arguments"]["IfSteps"] + s["Arguments"]["ElseSteps"]}
    chosen, outputs, ran = set(), {}, []
    for s in d["Steps"]:
        name, kind = s["Name"], s["Type"]

        args = resolve(s["Arguments"], params, outputs)
        if kind == "Condition":
            if all(c["LeftValue"] >= c["RightValue"] for c in args["Conditions"]):
                chosen.update(args["IfSteps"])
            else:
                chosen.update(args["ElseSteps"])
            ran.append(name)
            continue
        use_cache = kind in CACHE_KEY_ATTRS and s.get("CacheConfig", {}).get("Enabled") is True
        key = cache_key(kind, args) if use_cache else None
        if use_cache and key in cache:
            outputs[name] = cache[key]
            continue
        outputs[name] = execute(name, kind, args)
        ran.append(name)
        if use_cache:
            cache[key] = outputs[name]
    return ran
