def governance_policy(profile):
    every = max(profile["label_delay_days"], 7)
    return {
        "retrain_every_days": every,
        "retrain_on_drift": profile["drift_expected"],
        "approval": "manual" if profile["stakes"] == "high" else "automatic",   # forgets regulation
        "bias_review_each_retrain": profile["regulated"] or profile["affects_individuals"],
        "shadow_before_promotion": profile["stakes"] == "high",
        "audit_retention_years": profile["required_retention_years"] if profile["regulated"] else 1,
        "model_card": profile["regulated"] or profile["stakes"] == "high",
        "retirement": ["shift_traffic", "delete_endpoint", "archive_model_card", "keep_audit_records"],
    }
