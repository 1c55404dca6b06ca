def governance_policy(profile):
    strict = profile["regulated"] or profile["stakes"] == "high"
    auto = not strict and profile["stakes"] == "low"
    return {
        "retrain_every_days": 7,                      # shorter than a 30-day label delay
        "retrain_on_drift": profile["drift_expected"],
        "approval": "automatic" if auto else "manual",
        "bias_review_each_retrain": profile["regulated"] or profile["affects_individuals"],
        "shadow_before_promotion": profile["stakes"] == "high",
        "audit_retention_years": profile["required_retention_years"] if profile["regulated"] else 1,
        "model_card": strict,
        "retirement": ["shift_traffic", "delete_endpoint", "archive_model_card", "keep_audit_records"],
    }
