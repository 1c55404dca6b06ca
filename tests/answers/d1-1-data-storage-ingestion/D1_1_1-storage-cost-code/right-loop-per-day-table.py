def storage_cost(size_kb, n_objects, plan, prices):
    starts = [0] + [d for d, _ in plan["transitions"]]
    classes = ["STANDARD"] + [c for _, c in plan["transitions"]]
    ends = starts[1:] + [plan["expire_day"]]
    usd = 0.0
    for s, e, c in zip(starts, ends, classes):
        billed = max(e - s, S3_CLASSES[c]["min_days"])
        p = prices["gb_month"]
        if c in ("GLACIER", "DEEP_ARCHIVE"):
            per_kb_month = (size_kb + 32) * p[c] + 8 * p["STANDARD"]
        else:
            per_kb_month = max(size_kb, S3_CLASSES[c]["min_kb"]) * p[c]
        usd += n_objects * per_kb_month / (1024 * 1024) * (billed / 30)
    return usd + prices["transition_per_1000"] * n_objects * len(plan["transitions"]) / 1000
