def authorize(principal, df, grants):
    # unions rows and columns separately: a column of one grant leaks onto the rows of another
    mine = [g for g in grants if g["principal"] == principal]
    if not mine:
        return df.iloc[0:0, 0:0]
    con = duckdb.connect()
    con.register("t", df.reset_index(drop=True).assign(__pos=np.arange(len(df))))
    rows, cols = np.zeros(len(df), dtype=bool), set()
    for g in mine:
        pos = con.execute(f"SELECT __pos FROM t WHERE {g.get('row_filter') or 'TRUE'}").fetchnumpy()["__pos"]
        rows[pos.astype(int)] = True
        cols |= set(g["columns"]) if g.get("columns") is not None else set(df.columns) - set(g.get("excluded_columns", []))
    return df.loc[rows, [c for c in df.columns if c in cols]]
