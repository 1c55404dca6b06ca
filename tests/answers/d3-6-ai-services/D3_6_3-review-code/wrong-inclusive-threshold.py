def route_for_review(fields, required, threshold=C.AI_DOC_REVIEW_CONF):
    reasons = sorted(k for k in set(required) if k not in fields or not fields[k][0] or fields[k][1] <= threshold)
    return ("human_review" if reasons else "auto"), reasons


def analyze_request(bucket, name, forms=True, tables=True, queries=()):
    features = (["FORMS"] if forms else []) + (["TABLES"] if tables else []) + (["QUERIES"] if queries else [])
    req = {"Document": {"S3Object": {"Bucket": bucket, "Name": name}}, "FeatureTypes": features}
    if queries:
        req["QueriesConfig"] = {"Queries": [{"Text": q} for q in queries]}
    return req
