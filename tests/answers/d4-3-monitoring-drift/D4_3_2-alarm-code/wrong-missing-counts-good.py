def alarm_states(values, threshold, comparison, evaluation_periods, datapoints_to_alarm, treat_missing="missing"):
    f = {"GreaterThanThreshold": lambda v: v > threshold, "GreaterThanOrEqualToThreshold": lambda v: v >= threshold,
         "LessThanThreshold": lambda v: v < threshold, "LessThanOrEqualToThreshold": lambda v: v <= threshold}[comparison]
    vals = [None if v is None or v != v else v for v in values]
    out = []
    for i in range(len(vals)):
        w = vals[max(0, i - evaluation_periods + 1): i + 1]
        n = sum(v is not None and f(v) for v in w)
        if treat_missing == "breaching":
            n += sum(v is None for v in w)
        out.append("ALARM" if n >= datapoints_to_alarm else "OK")    # never INSUFFICIENT_DATA, never keeps a state
    return out
