def check_violations(constraints, df):
    def kind(col):
        return ("Integral" if pd.api.types.is_integer_dtype(col)
                else "Fractional" if pd.api.types.is_float_dtype(col) else "String")

    out = []
    names = [f["name"] for f in constraints["features"]]
    out += [{"feature_name": c, "constraint_check_type": "extra_column_check", "description": ""} for c in df.columns if c not in names]
    for f in constraints["features"]:
        name = f["name"]
        if name not in df.columns:
            out.append({"feature_name": name, "constraint_check_type": "missing_column_check", "description": ""})
            continue
        col = df[name]
        if kind(col) != f["inferred_type"]:                          # whole numbers in a Fractional feature flagged
            out.append({"feature_name": name, "constraint_check_type": "data_type_check", "description": ""})
        if col.notna().mean() < f["completeness"] - C.COMPLETENESS_DROP:
            out.append({"feature_name": name, "constraint_check_type": "completeness_check", "description": ""})
        if f["inferred_type"] == "String":
            vals = col.dropna().astype(str)
            if (~vals.isin(f["string_constraints"]["domains"])).mean() > C.UNKNOWN_VALUE_SHARE:
                out.append({"feature_name": name, "constraint_check_type": "categorical_values_check", "description": ""})
    return out
