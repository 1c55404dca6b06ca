def alarm_states(values, threshold, comparison, evaluation_periods, datapoints_to_alarm, treat_missing="missing"):
    import operator
    op = {"GreaterThanThreshold": operator.gt, "GreaterThanOrEqualToThreshold": operator.ge,
          "LessThanThreshold": operator.lt, "LessThanOrEqualToThreshold": operator.le}[comparison]
    miss = [v is None or bool(np.isnan(v)) for v in values]
    hit = [(not m) and op(v, threshold) for v, m in zip(values, miss)]
    out, state = [], "INSUFFICIENT_DATA"
    for i in range(len(values)):
        lo = max(0, i - evaluation_periods + 1)
        n_hit, n_miss = sum(hit[lo:i + 1]), sum(miss[lo:i + 1])
        if treat_missing == "breaching":
            n_hit += n_miss
        if treat_missing in ("breaching", "notBreaching"):
            state = "ALARM" if n_hit >= datapoints_to_alarm else "OK"
        elif treat_missing == "ignore" and miss[i]:
            state = state
        elif n_miss == i + 1 - lo:
            state = "INSUFFICIENT_DATA"
        else:
            state = "ALARM" if n_hit >= datapoints_to_alarm else "OK"
        out.append(state)
    return out
