def design_pipeline(req):
    # the cheapest design of the whole space, feasible or not
    return min(all_designs(), key=lambda d: design_cost(d, req))
