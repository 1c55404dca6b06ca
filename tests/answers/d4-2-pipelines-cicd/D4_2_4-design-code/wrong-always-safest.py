def mlops_design(org):
    return {"trigger": "drift_alarm", "gate": "metric_and_manual", "rollout": "shadow", "environments": "dev_staging_prod"}
