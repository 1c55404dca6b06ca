def run_task(state, invoke, state_input, sleep):
    def hit(names, e):
        return "States.ALL" in names or e in names or ("States.TaskFailed" in names and e != "States.Timeout")

    def put(data, path, value):
        if path is None:
            return copy.deepcopy(data)
        if path == "$":
            return copy.deepcopy(value)
        out = copy.deepcopy(data)
        cur = out
        parts = path.split(".")[1:]
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = copy.deepcopy(value)
        return out

    retriers = state.get("Retry", [])
    counts = {}
    while True:
        try:
            res = invoke(copy.deepcopy(state_input))
            return (state["Next"] if not state.get("End") else None), put(state_input, state.get("ResultPath", "$"), res)
        except StatesError as err:
            idx = next((i for i, r in enumerate(retriers) if hit(r["ErrorEquals"], err.error)), None)
            if idx is not None and counts.get(idx, 0) < retriers[idx].get("MaxAttempts", 3):
                r = retriers[idx]
                sleep(retry_waits(r)[counts.get(idx, 0)])   # reuse exercise 1.1 (no jitter here)
                counts[idx] = counts.get(idx, 0) + 1
                continue
            for c in state.get("Catch", []):
                if hit(c["ErrorEquals"], err.error):
                    return c["Next"], put(state_input, c.get("ResultPath", "$"), {"Error": err.error, "Cause": err.cause})
            raise
