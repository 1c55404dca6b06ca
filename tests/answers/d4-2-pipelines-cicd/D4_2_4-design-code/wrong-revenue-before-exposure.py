def mlops_design(org):
    import itertools

    def ok(d):
        if org["regulated"] and (d["gate"] == "metric" or d["environments"] != "dev_staging_prod"):
            return False
        if org["releases_per_month"] > C.MANUAL_GATE_MAX_RELEASES and d["gate"] == "manual":
            return False
        if org["revenue_critical"] and d["rollout"] == "shadow":
            return False
        if org["no_user_exposure"] and not org["revenue_critical"] and d["rollout"] != "shadow":
            return False
        if org["revenue_critical"] and (d["rollout"] == "all_at_once" or d["environments"] == "single"):
            return False
        if org["drift_prone"] and org["drift_monitored"] and d["trigger"] != "drift_alarm":
            return False
        return d["trigger"] != "new_data" or org["data_events"]

    designs = [dict(zip(OPTIONS, c)) for c in itertools.product(*OPTIONS.values())]
    return min((d for d in designs if ok(d)), key=overhead)
