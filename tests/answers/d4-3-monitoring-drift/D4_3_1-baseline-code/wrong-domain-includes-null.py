def suggest_constraints(df):
    feats = []
    for name in df.columns:
        col = df[name]
        kind = ("Integral" if pd.api.types.is_integer_dtype(col)
                else "Fractional" if pd.api.types.is_float_dtype(col) else "String")
        f = {"name": name, "inferred_type": kind, "completeness": float(col.notna().mean())}
        if kind == "String":
            f["string_constraints"] = {"domains": sorted(str(v) for v in col.unique())}   # None becomes "None"
        else:
            f["num_constraints"] = {"is_non_negative": bool(col.min() >= 0)}
        feats.append(f)
    return {"version": 0, "features": feats}
