def alarm_states(values, threshold, comparison, evaluation_periods, datapoints_to_alarm, treat_missing="missing"):
    f = {"GreaterThanThreshold": lambda v: v > threshold, "GreaterThanOrEqualToThreshold": lambda v: v >= threshold,
         "LessThanThreshold": lambda v: v < threshold, "LessThanOrEqualToThreshold": lambda v: v <= threshold}[comparison]
    vals = [None if v is None or v != v else v for v in values]
    out = []
    for i in range(len(vals)):
        w = vals[max(0, i - evaluation_periods + 1): i + 1]
        present = [v for v in w if v is not None]
        n = sum(f(v) for v in present)
        if treat_missing == "breaching":
            n += len(w) - len(present)
        if treat_missing in ("missing", "ignore") and not present:     # ignore treated like missing
            out.append("INSUFFICIENT_DATA")
        else:
            out.append("ALARM" if n >= datapoints_to_alarm else "OK")
    return out
