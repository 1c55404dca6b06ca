def formulate(ctx):
    rollouts = {"high": ["shadow"], "medium": ["shadow", "canary"], "low": list(ROLLOUT)}[ctx["stakes"]]
    approaches = [a for a in APPROACHES
                  if (a != "ai_service" or ctx["standard_task"])
                  and not (ctx["n_labels"] < C.FEW_LABELS_STRATEGY and a in ("builtin", "autopilot"))
                  and not (ctx["regulated"] and a == "ai_service")]
    explains = ["intrinsic"] if ctx["regulated"] else (["intrinsic", "post_hoc"] if ctx["explain_needed"] else list(EXPLAIN))
    cands = []
    for a in approaches:
        for e in explains:
            for r in rollouts:
                s = {"approach": a, "explain": e, "rollout": r}
                est = estimate(s, ctx)
                if est["weeks"] <= ctx["deadline_weeks"]:
                    cands.append((est["weeks"], -est["quality"], s))
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0], c[1]))
    return cands[0][2]                           # the fastest, and the best among the fastest
