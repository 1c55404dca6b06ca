def alarm_states(values, threshold, comparison, evaluation_periods, datapoints_to_alarm, treat_missing="missing"):
    f = {"GreaterThanThreshold": lambda v: v > threshold, "GreaterThanOrEqualToThreshold": lambda v: v >= threshold,
         "LessThanThreshold": lambda v: v < threshold, "LessThanOrEqualToThreshold": lambda v: v <= threshold}[comparison]
    vals = [None if v is None or v != v else v for v in values]
    out, state, run = [], "INSUFFICIENT_DATA", 0
    for i, v in enumerate(vals):
        w = vals[max(0, i - evaluation_periods + 1): i + 1]
        if v is None:
            if treat_missing == "breaching":
                run += 1
            elif treat_missing == "notBreaching":
                run = 0
            elif treat_missing == "missing" and all(x is None for x in w):
                state = "INSUFFICIENT_DATA"; out.append(state); continue
            else:
                out.append(state); continue
        else:
            run = run + 1 if f(v) else 0
        state = "ALARM" if run >= datapoints_to_alarm else "OK"      # M consecutive, not M out of N
        out.append(state)
    return out
