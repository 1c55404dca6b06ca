def run_task(state, invoke, state_input, sleep):
    # ignores the catcher's ResultPath: the error output always replaces the input
    used = [0] * len(state.get("Retry", []))
    def hit(names, e):
        return "States.ALL" in names or e in names or ("States.TaskFailed" in names and e != "States.Timeout")
    while True:
        try:
            res = invoke(copy.deepcopy(state_input))
            return (None if state.get("End") else state["Next"]), res
        except StatesError as err:
            i = next((k for k, r in enumerate(state.get("Retry", [])) if hit(r["ErrorEquals"], err.error)), None)
            if i is not None and used[i] < state["Retry"][i].get("MaxAttempts", 3):
                r = state["Retry"][i]
                sleep(r.get("IntervalSeconds", 1) * r.get("BackoffRate", 2.0) ** used[i])
                used[i] += 1
                continue
            for c in state.get("Catch", []):
                if hit(c["ErrorEquals"], err.error):
                    return c["Next"], {"Error": err.error, "Cause": err.cause}
            raise
