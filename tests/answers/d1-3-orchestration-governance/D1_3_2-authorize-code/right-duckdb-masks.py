def authorize(principal, df, grants):
    mine = [g for g in grants if g["principal"] == principal]
    if not mine:
        return pd.DataFrame()
    con = duckdb.connect()
    con.register("src", df.reset_index(drop=True))
    n = len(df)
    cell = np.zeros((n, len(df.columns)), dtype=bool)
    for g in mine:
        expr = g.get("row_filter")
        rows = np.ones(n, dtype=bool) if not expr else \
            con.execute(f"SELECT COALESCE(({expr}), FALSE) AS ok FROM src").df()["ok"].to_numpy(dtype=bool)
        if g.get("columns") is not None:
            cols = np.array([c in g["columns"] for c in df.columns])
        else:
            cols = np.array([c not in g.get("excluded_columns", []) for c in df.columns])
        cell |= np.outer(rows, cols)
    r, c = cell.any(axis=1), cell.any(axis=0)
    out = df.loc[r, df.columns[c]].astype(object)
    return out.where(cell[r][:, c], None)
