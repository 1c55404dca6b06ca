def evaluate_policy(policies, action, resource):
    # returns the effect of the first applicable statement (an Allow before a Deny wins)
    def rx(p):
        return "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in p)
    def hit(ps, v, fold):
        ps = [ps] if isinstance(ps, str) else ps
        return any(re.fullmatch(rx(p), v, re.I if fold else 0) for p in ps)
    for policy in policies:
        sts = policy["Statement"]
        for st in ([sts] if isinstance(sts, dict) else sts):
            a = hit(st["Action"], action, True) if "Action" in st else not hit(st["NotAction"], action, True)
            r = hit(st["Resource"], resource, False) if "Resource" in st else not hit(st["NotResource"], resource, False)
            if a and r:
                return "Allow" if st["Effect"] == "Allow" else "ExplicitDeny"
    return "ImplicitDeny"
