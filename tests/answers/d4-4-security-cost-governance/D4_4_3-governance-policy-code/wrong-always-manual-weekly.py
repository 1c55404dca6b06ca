def governance_policy(profile):
    strict = profile["regulated"] or profile["stakes"] == "high"
    return {
        "retrain_every_days": max(7, profile["label_delay_days"]),
        "retrain_on_drift": profile["drift_expected"],
        "approval": "manual",                       # a weekly low-stakes model needs an automatic gate
        "bias_review_each_retrain": True,
        "shadow_before_promotion": profile["stakes"] == "high",
        "audit_retention_years": profile["required_retention_years"] if profile["regulated"] else 1,
        "model_card": strict,
        "retirement": ["shift_traffic", "delete_endpoint", "archive_model_card", "keep_audit_records"],
    }
