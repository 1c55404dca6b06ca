# the duration in days written as seconds
def enrich(doc, rules):
    attrs = dict(doc["attributes"])
    content = doc["content"]
    for rule in rules:
        cond = rule["Condition"]
        have = attrs.get(cond["ConditionDocumentAttributeKey"])
        op = cond["Operator"]
        want = cond.get("ConditionOnValue", {}).get("StringValue")
        if op == "Exists":
            ok = have is not None
        elif op == "NotExists":
            ok = have is None
        elif have is None:
            ok = False
        elif op == "Equals":
            ok = have == want
        elif op == "NotEquals":
            ok = have != want
        elif op == "Contains":
            ok = want in have
        elif op == "NotContains":
            ok = want not in have
        elif op == "BeginsWith":
            ok = have.startswith(want)
        else:
            raise ValueError(f"operator {op!r} is not supported")
        if not ok:
            continue
        target = rule.get("Target")
        if target:
            key = target["TargetDocumentAttributeKey"]
            if target.get("TargetDocumentAttributeValueDeletion"):
                attrs.pop(key, None)
            else:
                attrs[key] = target["TargetDocumentAttributeValue"]["StringValue"]
        if rule.get("DocumentContentDeletion"):
            content = None
    return {"attributes": attrs, "content": content}


def update_index_request(index_id, importance, freshness_importance, freshness_days):
    for w in list(importance.values()) + [freshness_importance]:
        if not isinstance(w, int) or isinstance(w, bool) or not 1 <= w <= 10:
            raise ValueError("Kendra's Importance is an integer from 1 to 10")
    ups = [{"Name": f, "Type": "STRING_VALUE", "Relevance": {"Importance": w}} for f, w in importance.items()]
    ups.append({"Name": "_last_updated_at", "Type": "DATE_VALUE",
                "Relevance": {"Freshness": True, "Importance": freshness_importance,
                              "Duration": f"{int(freshness_days)}s"}})
    return {"Id": index_id, "DocumentMetadataConfigurationUpdates": ups}
