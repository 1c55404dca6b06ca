def evaluate_policy(policies, action, resource):
    # compares action names case-sensitively (AWS ignores case in actions)
    def rx(p):
        return "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in p)
    def hit(ps, v):
        ps = [ps] if isinstance(ps, str) else ps
        return any(re.fullmatch(rx(p), v) for p in ps)
    allowed = False
    for policy in policies:
        sts = policy["Statement"]
        for st in ([sts] if isinstance(sts, dict) else sts):
            a = hit(st["Action"], action) if "Action" in st else not hit(st["NotAction"], action)
            r = hit(st["Resource"], resource) if "Resource" in st else not hit(st["NotResource"], resource)
            if a and r:
                if st["Effect"] == "Deny":
                    return "ExplicitDeny"
                allowed = True
    return "Allow" if allowed else "ImplicitDeny"
