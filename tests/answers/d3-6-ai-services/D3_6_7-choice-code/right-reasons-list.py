def monthly_costs(s):
    per_request = s["price_per_1k"] / 1000
    service = s["monthly_requests"] * per_request + s["service_fixed_monthly"]
    endpoint = s["instances"] * s["instance_hourly"] * C.HOURS_PER_MONTH
    return service, s["build_cost"] / s["horizon_months"] + endpoint + s["ops_monthly"]


def breakeven_requests(s):
    own = monthly_costs(dict(s, monthly_requests=0))[1]
    r = (own - s["service_fixed_monthly"]) / s["price_per_1k"] * 1000
    return r if r > 0 else 0.0


def service_or_custom(s):
    reasons = [s["offline_or_edge"], s["latency_target_ms"] < C.AI_SERVICE_MIN_LATENCY_MS,
               not s["service_supports_task"], s["domain_labels"] and not s["service_supports_custom"],
               s["service_accuracy"] < s["required_accuracy"], s["monthly_requests"] > breakeven_requests(s)]
    if any(reasons):
        return {True: "sagemaker_builtin", False: "sagemaker_custom"}[bool(s["builtin_fits"])]
    return "ai_service_custom" if s["domain_labels"] else "ai_service"
