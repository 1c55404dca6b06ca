def check_violations(constraints, df):
    def kind(col):
        return ("Integral" if pd.api.types.is_integer_dtype(col)
                else "Fractional" if pd.api.types.is_float_dtype(col) else "String")

    base = {f["name"]: f for f in constraints["features"]}
    out = [{"feature_name": c, "constraint_check_type": "extra_column_check", "description": "new"}
           for c in set(df.columns) - set(base)]
    out += [{"feature_name": c, "constraint_check_type": "missing_column_check", "description": "gone"}
            for c in set(base) - set(df.columns)]
    for name in set(base) & set(df.columns):
        f, col = base[name], df[name]
        if kind(col) not in ({f["inferred_type"]} | ({"Integral"} if f["inferred_type"] == "Fractional" else set())):
            out.append({"feature_name": name, "constraint_check_type": "data_type_check", "description": "type"})
        if f["completeness"] - col.notna().mean() > C.COMPLETENESS_DROP:
            out.append({"feature_name": name, "constraint_check_type": "completeness_check", "description": "nulls"})
        if f["inferred_type"] == "String":
            vals = col.dropna().astype(str)
            n_unknown = int((~vals.isin(set(f["string_constraints"]["domains"]))).sum())
            if n_unknown > C.UNKNOWN_VALUE_SHARE * len(vals):
                out.append({"feature_name": name, "constraint_check_type": "categorical_values_check", "description": "new values"})
    return out
