def top_category(name, resp):
    parent = {lab["Name"]: lab.get("ParentName", "") for lab in resp["ModerationLabels"]}
    while parent.get(name):
        name = parent[name]
    return name


def moderation_decision(resp, blocked, block_conf=C.AI_MODERATION_BLOCK_CONF, review_conf=C.AI_MODERATION_REVIEW_CONF):
    return "allow"


def moderation_request(bucket, key, min_confidence):
    return {"Image": {"S3Object": {"Bucket": bucket, "Name": key}}, "MinConfidence": float(min_confidence)}
