def storage_cost(size_kb, n_objects, plan, prices):
    steps = [(0, "STANDARD")] + list(plan["transitions"])
    ends = [d for d, _ in steps[1:]] + [plan["expire_day"]]
    total = 0.0
    for (s, c), e in zip(steps, ends):
        days = max(e - s, S3_CLASSES[c]["min_days"])
        extra = 40 if c in ("GLACIER", "DEEP_ARCHIVE") else 0
        kb = max(size_kb, S3_CLASSES[c]["min_kb"]) + extra
        total += kb * prices["gb_month"][c] / 1024**2 * days / 30 * n_objects
    return total + len(plan["transitions"]) * n_objects / 1000 * prices["transition_per_1000"]
