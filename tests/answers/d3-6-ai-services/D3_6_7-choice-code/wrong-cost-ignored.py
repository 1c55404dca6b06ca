# expect: D3_6_7-choice
# never compares the volume with the break-even
def monthly_costs(s):
    service = s["monthly_requests"] / 1000 * s["price_per_1k"] + s["service_fixed_monthly"]
    own = (s["build_cost"] / s["horizon_months"] + s["instances"] * s["instance_hourly"] * C.HOURS_PER_MONTH
           + s["ops_monthly"])
    return float(service), float(own)


def breakeven_requests(s):
    _, own = monthly_costs(s)
    return max(0.0, 1000 * (own - s["service_fixed_monthly"]) / s["price_per_1k"])


def service_or_custom(s):
    own = (s["offline_or_edge"]
           or s["latency_target_ms"] < C.AI_SERVICE_MIN_LATENCY_MS
           or not s["service_supports_task"]
           or (s["domain_labels"] and not s["service_supports_custom"])
           or s["service_accuracy"] < s["required_accuracy"]
           )
    if own:
        return "sagemaker_builtin" if s["builtin_fits"] else "sagemaker_custom"
    if s["domain_labels"]:
        return "ai_service_custom"
    return "ai_service"
