def lifecycle_request(bucket, plans):
    rules = []
    for prefix, plan in plans.items():
        last, rank = -1, 0
        for day, cls in plan["transitions"]:
            if cls in ("STANDARD_IA", "ONEZONE_IA") and day <= 30:
                raise ValueError("IA needs more than 30 days")
            if day <= last or WATERFALL.index(cls) <= rank:
                raise ValueError("bad order")
            last, rank = day, WATERFALL.index(cls)
        rule = {"ID": prefix.rstrip("/"), "Filter": {"Prefix": prefix}, "Status": "Enabled"}
        if plan["transitions"]:
            rule["Transitions"] = [{"Days": d, "StorageClass": c} for d, c in plan["transitions"]]
        if plan["expire_day"] is not None:
            if plan["expire_day"] <= last:
                raise ValueError("expire after the last transition")
            rule["Expiration"] = {"Days": plan["expire_day"]}
        rules.append(rule)
    return {"Bucket": bucket, "LifecycleConfiguration": {"Rules": rules}}
