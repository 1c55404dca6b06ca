def right_size(load_test, prices, peak_rps, p99_slo_ms):
    capacity = {}
    for row in load_test.itertuples(index=False):
        if row.p99_ms <= p99_slo_ms and row.instance_type in prices:
            capacity[row.instance_type] = max(capacity.get(row.instance_type, 0), row.rps)
    options = []
    for itype, cap in capacity.items():
        count = C.ENDPOINT_MIN_INSTANCES
        while count * cap * C.RIGHTSIZE_TARGET_UTILIZATION < peak_rps:
            count += 1
        options.append({"instance_type": itype, "count": count, "hourly_cost": count * prices[itype]})
    options.sort(key=lambda o: (o["hourly_cost"], o["count"], o["instance_type"]))
    return options[0] if options else None
