def authorize(principal, df, grants):
    # a principal without a grant gets the whole table
    mine = [g for g in grants if g["principal"] == principal]
    if not mine:
        return df.copy()
    con = duckdb.connect()
    con.register("t", df.reset_index(drop=True).assign(__pos=np.arange(len(df))))
    vis = pd.DataFrame(False, index=df.index, columns=df.columns)
    for g in mine:
        cols = g["columns"] if g.get("columns") is not None else [c for c in df.columns if c not in g.get("excluded_columns", [])]
        pos = con.execute(f"SELECT __pos FROM t WHERE {g.get('row_filter') or 'TRUE'}").fetchnumpy()["__pos"]
        m = np.zeros(len(df), dtype=bool)
        m[pos.astype(int)] = True
        vis.loc[m, [c for c in df.columns if c in cols]] = True
    out = df.loc[vis.any(axis=1), [c for c in df.columns if vis[c].any()]].copy()
    for c in out.columns:
        out[c] = out[c].where(vis.loc[out.index, c], None)
    return out
