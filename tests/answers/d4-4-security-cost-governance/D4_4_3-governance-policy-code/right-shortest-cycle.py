def governance_policy(profile):
    # retrain as soon as labels arrive (at least daily), keep the required records exactly as long as demanded
    every = max(1, profile["label_delay_days"])
    strict = profile["regulated"] or profile["stakes"] == "high"
    low_and_free = not profile["regulated"] and profile["stakes"] == "low"
    return {
        "retrain_every_days": every,
        "retrain_on_drift": profile["drift_expected"] or strict,
        "approval": "automatic" if low_and_free and every <= C.AUTO_APPROVAL_MAX_DAYS else "manual",
        "bias_review_each_retrain": bool(profile["regulated"] or profile["affects_individuals"]),
        "shadow_before_promotion": profile["stakes"] in ("high", "medium"),
        "audit_retention_years": profile["required_retention_years"] if profile["regulated"] else C.AUDIT_RETENTION_MIN_YEARS + 1,
        "model_card": True,
        "retirement": ["archive_model_card", "keep_audit_records", "shift_traffic", "delete_endpoint"],
    }
