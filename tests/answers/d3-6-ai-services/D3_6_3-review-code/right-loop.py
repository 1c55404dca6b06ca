def route_for_review(fields, required, threshold=C.AI_DOC_REVIEW_CONF):
    reasons = []
    for key in required:
        value, conf = fields.get(key, ("", 0.0))
        if value == "" or conf < threshold:
            reasons.append(key)
    reasons = sorted(set(reasons))
    return ("human_review", reasons) if reasons else ("auto", [])


def analyze_request(bucket, name, forms=True, tables=True, queries=()):
    feats = [f for f, on in (("TABLES", tables), ("FORMS", forms), ("QUERIES", bool(queries))) if on]
    req = {"FeatureTypes": feats, "Document": {"S3Object": {"Bucket": bucket, "Name": name}}}
    if queries:
        req["QueriesConfig"] = {"Queries": [{"Text": q} for q in queries]}
    return req
