def lifecycle_request(bucket, plans):
    rules = []
    for prefix, plan in plans.items():
        last = -1
        for day, cls in plan["transitions"]:
            if cls in ("STANDARD_IA", "ONEZONE_IA") and day < 30:
                raise ValueError("IA before day 30")
            if day <= last:
                raise ValueError("days must increase")
            last = day
        rule = {"ID": prefix.rstrip("/"), "Filter": {"Prefix": prefix}, "Status": "Enabled"}
        if plan["transitions"]:
            rule["Transitions"] = [{"Days": d, "StorageClass": c} for d, c in plan["transitions"]]
        if plan["expire_day"] is not None:
            if plan["expire_day"] <= last:
                raise ValueError("expire after the last transition")
            rule["Expiration"] = {"Days": plan["expire_day"]}
        rules.append(rule)
    return {"Bucket": bucket, "LifecycleConfiguration": {"Rules": rules}}
