def suggest_constraints(df):
    def kind(col):
        return ("Integral" if pd.api.types.is_integer_dtype(col)
                else "Fractional" if pd.api.types.is_float_dtype(col) else "String")

    feats = []
    for name, col in df.items():
        k = kind(col)
        extra = ({"string_constraints": {"domains": sorted(map(str, set(col.dropna())))}} if k == "String"
                 else {"num_constraints": {"is_non_negative": not bool((col < 0).any())}})
        feats.append({"name": name, "inferred_type": k, "completeness": 1.0 - float(col.isna().mean()), **extra})
    return {"version": 0, "features": feats}
