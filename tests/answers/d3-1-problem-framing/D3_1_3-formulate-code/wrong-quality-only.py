def formulate(ctx):
    allowed_rollouts = {"high": {"shadow"}, "medium": {"shadow", "canary"}, "low": set(ROLLOUT)}[ctx["stakes"]]
    options = []
    for a in APPROACHES:
        for e in EXPLAIN:
            for r in ROLLOUT:
                s = {"approach": a, "explain": e, "rollout": r}
                est = estimate(s, ctx)
                ok = est["weeks"] <= ctx["deadline_weeks"]
                ok = ok and (a != "ai_service" or ctx["standard_task"])
                ok = ok and not (ctx["n_labels"] < C.FEW_LABELS_STRATEGY and a in ("builtin", "autopilot"))
                if ctx["regulated"]:
                    ok = ok and e == "intrinsic" and a != "ai_service"
                elif ctx["explain_needed"]:
                    ok = ok and e != "none"
                ok = ok and r in allowed_rollouts
                if ok:
                    options.append((s, est))
    if not options:
        return None
    return max(options, key=lambda o: o[1]["quality"])[0]      # ties on quality: the first one, maybe slower
