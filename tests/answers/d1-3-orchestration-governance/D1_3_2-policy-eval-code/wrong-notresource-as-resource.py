def evaluate_policy(policies, action, resource):
    # treats NotResource like Resource (the moto-style mistake: the guard denies the wrong requests)
    def rx(p):
        return "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in p)
    def hit(ps, v, fold):
        ps = [ps] if isinstance(ps, str) else ps
        return any(re.fullmatch(rx(p), v, re.I if fold else 0) for p in ps)
    allowed = False
    for policy in policies:
        sts = policy["Statement"]
        for st in ([sts] if isinstance(sts, dict) else sts):
            a = hit(st["Action"], action, True) if "Action" in st else not hit(st["NotAction"], action, True)
            r = hit(st.get("Resource", st.get("NotResource")), resource, False)
            if a and r:
                if st["Effect"] == "Deny":
                    return "ExplicitDeny"
                allowed = True
    return "Allow" if allowed else "ImplicitDeny"
