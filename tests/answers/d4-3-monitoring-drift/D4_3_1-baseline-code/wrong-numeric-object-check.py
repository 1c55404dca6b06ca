def suggest_constraints(df):
    feats = []
    for name in df.columns:
        col = df[name]
        kind = "String" if col.dtype == object else "Fractional"     # every number becomes Fractional
        f = {"name": name, "inferred_type": kind, "completeness": float(col.notna().mean())}
        if kind == "String":
            f["string_constraints"] = {"domains": sorted(str(v) for v in col.dropna().unique())}
        else:
            f["num_constraints"] = {"is_non_negative": bool(col.min() >= 0)}
        feats.append(f)
    return {"version": 0, "features": feats}
