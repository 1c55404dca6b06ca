def governance_policy(profile):
    strict = profile["regulated"] or profile["stakes"] == "high"
    every = max(profile["label_delay_days"], 7)
    return {
        "retrain_every_days": every,
        "retrain_on_drift": profile["drift_expected"],
        "approval": "automatic" if not strict and profile["stakes"] == "low" and every <= 7 else "manual",
        "bias_review_each_retrain": profile["regulated"] or profile["affects_individuals"],
        "shadow_before_promotion": profile["stakes"] == "high",
        "audit_retention_years": profile["required_retention_years"] if profile["regulated"] else 1,
        "model_card": strict,
        "retirement": ["delete_endpoint", "shift_traffic", "archive_model_card", "keep_audit_records"],
    }
