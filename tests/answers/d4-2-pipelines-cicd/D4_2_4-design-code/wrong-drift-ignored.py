def mlops_design(org):
    human, metric = org["regulated"], org["releases_per_month"] > C.MANUAL_GATE_MAX_RELEASES
    gate = "metric_and_manual" if human and metric else "manual" if human else "metric"
    rollout = "shadow" if org["no_user_exposure"] else "linear" if org["revenue_critical"] else "all_at_once"
    env = ("dev_staging_prod" if org["regulated"] else
           "dev_prod" if org["revenue_critical"] and not org["no_user_exposure"] else "single")
    return {"trigger": "new_data" if org["data_events"] else "schedule", "gate": gate, "rollout": rollout,
            "environments": env}
