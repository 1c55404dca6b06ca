def evaluate(request, identity_policies, resource_policy=None, boundary=None):
    import fnmatch

    def as_list(v):
        return v if isinstance(v, list) else [v]

    def statements(policy):
        st = policy["Statement"]
        return st if isinstance(st, list) else [st]

    caller = request["principal"]
    acct = caller.split(":")[4]
    ctx = request.get("context", {})
    action = request["action"].lower()

    def cond_ok(op, key, vals):
        vals = [str(v).lower() if isinstance(v, bool) else str(v) for v in as_list(vals)]
        if op == "Null":
            return (key not in ctx) == (vals[0] == "true")
        if op.startswith("StringNot"):
            if key not in ctx:
                return True
            if op == "StringNotEquals":
                return ctx[key] not in vals
            return not any(fnmatch.fnmatchcase(ctx[key], v) for v in vals)
        if key not in ctx:
            return False
        v = ctx[key]
        return {"StringEquals": lambda: v in vals,
                "StringLike": lambda: any(fnmatch.fnmatchcase(v, p) for p in vals),
                "ArnLike": lambda: any(fnmatch.fnmatchcase(v, p) for p in vals),
                "Bool": lambda: v.lower() in [x.lower() for x in vals],
                "NumericLessThanEquals": lambda: any(float(v) <= float(x) for x in vals),
                "NumericGreaterThanEquals": lambda: any(float(v) >= float(x) for x in vals)}[op]()

    def applies(st, rb):
        if rb:
            p = st.get("Principal", {})
            names = ["*"] if p == "*" else as_list(p.get("AWS", []))
            if not set(names) & {"*", caller, acct, f"arn:aws:iam::{acct}:root"}:
                return False
        key_a = "Action" if "Action" in st else "NotAction"
        hit_a = any(fnmatch.fnmatchcase(action, a.lower()) for a in as_list(st[key_a]))
        key_r = "Resource" if "Resource" in st else "NotResource"
        hit_r = any(fnmatch.fnmatchcase(request["resource"], r) for r in as_list(st[key_r]))
        if hit_a != (key_a == "Action") or hit_r != (key_r == "Resource"):
            return False
        return all(cond_ok(op, k, v) for op, block in st.get("Condition", {}).items() for k, v in block.items())

    effects = {"id": set(), "rp": set(), "bd": set()}
    for name, pols, rb in (("id", identity_policies, False), ("rp", [resource_policy] if resource_policy else [], True),
                           ("bd", [boundary] if boundary else [], False)):
        for pol in pols:
            effects[name] |= {s["Effect"] for s in statements(pol) if applies(s, rb)}
    if any("Deny" in e for e in effects.values()):
        return "ExplicitDeny"
    id_ok, rp_ok = "Allow" in effects["id"], "Allow" in effects["rp"]
    if boundary is not None and "Allow" not in effects["bd"]:
        id_ok = False
    ok = (id_ok or rp_ok) if acct == request["resource_account"] else (id_ok and rp_ok)
    return "Allow" if ok else "ImplicitDeny"
