def run_task(state, invoke, state_input, sleep):
    # treats States.TaskFailed as a wildcard for every error, States.Timeout included
    def hit(names, e):
        return "States.ALL" in names or "States.TaskFailed" in names or e in names
    def put(data, path, value):
        if path == "$":
            return copy.deepcopy(value)
        if path is None:
            return copy.deepcopy(data)
        out = copy.deepcopy(data)
        node = out
        keys = path[2:].split(".")
        for k in keys[:-1]:
            node = node.setdefault(k, {})
        node[keys[-1]] = copy.deepcopy(value)
        return out
    used = [0] * len(state.get("Retry", []))
    while True:
        try:
            res = invoke(copy.deepcopy(state_input))
            return (None if state.get("End") else state["Next"]), put(state_input, state.get("ResultPath", "$"), res)
        except StatesError as err:
            i = next((k for k, r in enumerate(state.get("Retry", [])) if hit(r["ErrorEquals"], err.error)), None)
            if i is not None and used[i] < state["Retry"][i].get("MaxAttempts", 3):
                r = state["Retry"][i]
                sleep(r.get("IntervalSeconds", 1) * r.get("BackoffRate", 2.0) ** used[i])
                used[i] += 1
                continue
            for c in state.get("Catch", []):
                if hit(c["ErrorEquals"], err.error):
                    return c["Next"], put(state_input, c.get("ResultPath", "$"), {"Error": err.error, "Cause": err.cause})
            raise
