def run_task(state, invoke, state_input, sleep):
    # uses the first retrier that still has retries left, instead of the first one that matches
    def hit(names, e):
        return "States.ALL" in names or e in names or ("States.TaskFailed" in names and e != "States.Timeout")
    used = [0] * len(state.get("Retry", []))
    while True:
        try:
            res = invoke(copy.deepcopy(state_input))
            rp = state.get("ResultPath", "$")
            out = res if rp == "$" else copy.deepcopy(state_input) if rp is None else {**copy.deepcopy(state_input), rp[2:]: res}
            return (None if state.get("End") else state["Next"]), out
        except StatesError as err:
            for i, r in enumerate(state.get("Retry", [])):
                if hit(r["ErrorEquals"], err.error) and used[i] < r.get("MaxAttempts", 3):
                    sleep(r.get("IntervalSeconds", 1) * r.get("BackoffRate", 2.0) ** used[i])
                    used[i] += 1
                    break
            else:
                for c in state.get("Catch", []):
                    if hit(c["ErrorEquals"], err.error):
                        rp = c.get("ResultPath", "$")
                        eo = {"Error": err.error, "Cause": err.cause}
                        return c["Next"], eo if rp == "$" else {**copy.deepcopy(state_input), rp[2:]: eo}
                raise
