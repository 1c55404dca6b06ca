def lifecycle_request(bucket, plans):
    for prefix, plan in plans.items():
        days = [d for d, _ in plan["transitions"]]
        ranks = [WATERFALL.index("STANDARD")] + [WATERFALL.index(c) for _, c in plan["transitions"]]
        if any(c in ("STANDARD_IA", "ONEZONE_IA") and d < IA_MIN_TRANSITION_DAY for d, c in plan["transitions"]):
            raise ValueError("IA before day 30")
        if any(b <= a for a, b in zip(days, days[1:])) or any(b <= a for a, b in zip(ranks, ranks[1:])):
            raise ValueError("not down the waterfall on increasing days")
        if plan["expire_day"] is not None and days and plan["expire_day"] <= days[-1]:
            raise ValueError("expiry not after the last transition")
    rules = []
    for prefix, plan in plans.items():
        rule = {"ID": prefix.rstrip("/"), "Status": "Enabled", "Filter": {"Prefix": prefix}}
        if plan["transitions"]:
            rule["Transitions"] = [{"StorageClass": c, "Days": d} for d, c in plan["transitions"]]
        if plan["expire_day"] is not None:
            rule["Expiration"] = {"Days": plan["expire_day"]}
        rules.append(rule)
    return {"Bucket": bucket, "LifecycleConfiguration": {"Rules": rules}}
