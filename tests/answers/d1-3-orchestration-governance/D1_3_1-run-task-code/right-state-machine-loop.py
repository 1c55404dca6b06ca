def run_task(state, invoke, state_input, sleep):
    import functools

    def set_path(doc, path, value):
        if path is None:
            return copy.deepcopy(doc)
        if path == "$":
            return copy.deepcopy(value)
        doc = copy.deepcopy(doc)
        *head, last = path.removeprefix("$.").split(".")
        functools.reduce(lambda node, k: node.setdefault(k, {}), head, doc)[last] = copy.deepcopy(value)
        return doc

    def handles(names, error):
        wildcard = "States.ALL" in names or ("States.TaskFailed" in names and error != "States.Timeout")
        return wildcard or error in names

    attempts = {}
    while True:
        try:
            result = invoke(copy.deepcopy(state_input))
        except StatesError as err:
            matching = [i for i, r in enumerate(state.get("Retry", [])) if handles(r["ErrorEquals"], err.error)]
            if matching:
                i = matching[0]
                waits = retry_waits(state["Retry"][i])
                if attempts.get(i, 0) < len(waits):
                    sleep(waits[attempts.get(i, 0)])
                    attempts[i] = attempts.get(i, 0) + 1
                    continue
            catcher = next((c for c in state.get("Catch", []) if handles(c["ErrorEquals"], err.error)), None)
            if catcher is None:
                raise
            return catcher["Next"], set_path(state_input, catcher.get("ResultPath", "$"), {"Error": err.error, "Cause": err.cause})
        return state.get("Next") if not state.get("End") else None, set_path(state_input, state.get("ResultPath", "$"), result)
