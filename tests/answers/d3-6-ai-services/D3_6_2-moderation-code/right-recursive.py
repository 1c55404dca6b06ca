def top_category(name, resp):
    for lab in resp["ModerationLabels"]:
        if lab["Name"] == name and lab.get("ParentName"):
            return top_category(lab["ParentName"], resp)
    return name


def moderation_decision(resp, blocked, block_conf=C.AI_MODERATION_BLOCK_CONF, review_conf=C.AI_MODERATION_REVIEW_CONF):
    decision = "allow"
    for lab in resp["ModerationLabels"]:
        if top_category(lab["Name"], resp) not in blocked:
            continue
        if lab["Confidence"] >= block_conf:
            return "block"
        if lab["Confidence"] >= review_conf:
            decision = "human_review"
    return decision


def moderation_request(bucket, key, min_confidence):
    return {"Image": {"S3Object": {"Bucket": bucket, "Name": key}}, "MinConfidence": min_confidence}
