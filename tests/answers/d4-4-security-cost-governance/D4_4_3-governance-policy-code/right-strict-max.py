def governance_policy(profile):
    # another valid policy: always the longest allowed cycle and the longest allowed retention
    limit = C.RETRAIN_DRIFT_MAX_DAYS if profile["drift_expected"] else C.RETRAIN_MAX_DAYS
    low = profile["required_retention_years"] if profile["regulated"] else C.AUDIT_RETENTION_MIN_YEARS
    return {
        "retrain_every_days": limit,
        "retrain_on_drift": True,
        "approval": "manual",
        "bias_review_each_retrain": True,
        "shadow_before_promotion": profile["stakes"] != "low",
        "audit_retention_years": low + C.AUDIT_RETENTION_SLACK_YEARS,
        "model_card": True,
        "retirement": ["archive_model_card", "shift_traffic", "keep_audit_records", "delete_endpoint"],
    }
