def evaluate_policy(policies, action, resource):
    import fnmatch

    def hit(patterns, value, fold):
        patterns = [patterns] if isinstance(patterns, str) else patterns
        if fold:
            value, patterns = value.lower(), [p.lower() for p in patterns]
        return any(fnmatch.fnmatchcase(value, p.replace("[", "[[]")) for p in patterns)

    decisions = set()
    for policy in policies:
        sts = policy["Statement"]
        for st in ([sts] if isinstance(sts, dict) else sts):
            a = hit(st["Action"], action, True) if "Action" in st else not hit(st["NotAction"], action, True)
            r = hit(st["Resource"], resource, False) if "Resource" in st else not hit(st["NotResource"], resource, False)
            if a and r:
                decisions.add(st["Effect"])
    if "Deny" in decisions:
        return "ExplicitDeny"
    return "Allow" if "Allow" in decisions else "ImplicitDeny"
