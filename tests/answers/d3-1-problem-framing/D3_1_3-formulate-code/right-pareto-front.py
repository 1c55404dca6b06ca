def formulate(ctx):
    import itertools
    allowed = {"high": {"shadow"}, "medium": {"shadow", "canary"}}.get(ctx["stakes"], set(ROLLOUT))
    feasible = []
    for a, e, r in itertools.product(APPROACHES, EXPLAIN, ROLLOUT):
        s = dict(approach=a, explain=e, rollout=r)
        q = estimate(s, ctx)
        bad = (q["weeks"] > ctx["deadline_weeks"] or (a == "ai_service" and not ctx["standard_task"])
               or (ctx["n_labels"] < C.FEW_LABELS_STRATEGY and a in ("builtin", "autopilot"))
               or (ctx["regulated"] and (e != "intrinsic" or a == "ai_service"))
               or (not ctx["regulated"] and ctx["explain_needed"] and e == "none") or r not in allowed)
        if not bad:
            feasible.append((s, q["quality"], q["weeks"]))
    front = [f for f in feasible
             if not any(g[1] >= f[1] and g[2] <= f[2] and (g[1] > f[1] or g[2] < f[2]) for g in feasible)]
    return front[len(front) // 2][0] if front else None     # any member of the front is right
