def top_category(name, resp):
    parent = {lab["Name"]: lab.get("ParentName", "") for lab in resp["ModerationLabels"]}
    while parent.get(name):
        name = parent[name]
    return name


def moderation_decision(resp, blocked, block_conf=C.AI_MODERATION_BLOCK_CONF, review_conf=C.AI_MODERATION_REVIEW_CONF):
    confs = [lab["Confidence"] for lab in resp["ModerationLabels"]
             if lab["ParentName"] == "" and lab["Name"] in blocked]           # only the top-level labels
    top = max(confs, default=0.0)
    if top >= block_conf:
        return "block"
    if top >= review_conf:
        return "human_review"
    return "allow"


def moderation_request(bucket, key, min_confidence):
    return {"Image": {"S3Object": {"Bucket": bucket, "Name": key}}, "MinConfidence": float(min_confidence)}
