def governance_policy(profile):
    strict = profile["regulated"] or profile["stakes"] == "high"
    return {
        "retrain_every_days": 30 if profile["drift_expected"] else 90,
        "retrain_on_drift": profile["drift_expected"],
        "approval": "manual",
        "bias_review_each_retrain": profile["regulated"] or profile["affects_individuals"],
        "shadow_before_promotion": profile["stakes"] == "high",
        "audit_retention_years": 7,                  # one number for every profile
        "model_card": strict,
        "retirement": ["shift_traffic", "delete_endpoint", "archive_model_card", "keep_audit_records"],
    }
