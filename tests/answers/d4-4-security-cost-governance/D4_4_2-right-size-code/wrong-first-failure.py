def right_size(load_test, prices, peak_rps, p99_slo_ms):
    best = None
    for itype, g in load_test.sort_values("rps").groupby("instance_type"):
        if itype not in prices:
            continue
        capacity = 0
        for rps, p99 in zip(g["rps"], g["p99_ms"]):
            if p99 > p99_slo_ms:
                break                                   # stops at the first failing step
            capacity = rps
        if capacity == 0:
            continue
        count = max(C.ENDPOINT_MIN_INSTANCES, math.ceil(peak_rps / (capacity * C.RIGHTSIZE_TARGET_UTILIZATION)))
        option = (count * prices[itype], count, itype)
        best = option if best is None or option < best else best
    return None if best is None else {"instance_type": best[2], "count": best[1], "hourly_cost": best[0]}
