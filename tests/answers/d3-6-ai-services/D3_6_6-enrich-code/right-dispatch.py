_TESTS = {"Equals": lambda have, want: have == want, "NotEquals": lambda have, want: have != want,
          "Contains": lambda have, want: want in have, "NotContains": lambda have, want: want not in have,
          "BeginsWith": lambda have, want: have.startswith(want)}


def enrich(doc, rules):
    out = {"attributes": {**doc["attributes"]}, "content": doc["content"]}
    for r in rules:
        c = r["Condition"]
        key, op = c["ConditionDocumentAttributeKey"], c["Operator"]
        present = key in out["attributes"] and out["attributes"][key] is not None
        if op in ("Exists", "NotExists"):
            hit = present == (op == "Exists")
        else:
            hit = present and _TESTS[op](out["attributes"][key], c["ConditionOnValue"]["StringValue"])
        if hit:
            t = r.get("Target") or {}
            if t.get("TargetDocumentAttributeValueDeletion"):
                out["attributes"].pop(t["TargetDocumentAttributeKey"], None)
            elif t:
                out["attributes"][t["TargetDocumentAttributeKey"]] = t["TargetDocumentAttributeValue"]["StringValue"]
            if r.get("DocumentContentDeletion", False):
                out["content"] = None
    return out


def update_index_request(index_id, importance, freshness_importance, freshness_days):
    def check(w):
        if type(w) is not int or not (1 <= w <= 10):
            raise ValueError("Importance is 1-10")
        return w
    items = [{"Name": name, "Type": "STRING_VALUE", "Relevance": {"Importance": check(w)}} for name, w in importance.items()]
    items += [{"Name": "_last_updated_at", "Type": "DATE_VALUE",
               "Relevance": {"Freshness": True, "Importance": check(freshness_importance),
                             "Duration": str(int(freshness_days) * 24 * 3600) + "s"}}]
    return {"Id": index_id, "DocumentMetadataConfigurationUpdates": items}
