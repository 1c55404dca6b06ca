def authorize(principal, df, grants):
    # evaluates the filters in pandas with NaN-unsafe logic: NOT (cost <= x) admits rows where cost is missing
    mine = [g for g in grants if g["principal"] == principal]
    if not mine:
        return df.iloc[0:0, 0:0]
    con = duckdb.connect()
    con.register("t", df.reset_index(drop=True))
    vis = pd.DataFrame(False, index=df.index, columns=df.columns)
    for g in mine:
        cols = g["columns"] if g.get("columns") is not None else [c for c in df.columns if c not in g.get("excluded_columns", [])]
        if g.get("row_filter"):
            ok = con.execute(f"SELECT ({g['row_filter']}) AS ok FROM t").df()["ok"]
            m = ~(ok == False).to_numpy()  # noqa: E712  (NULL counts as admitted)
        else:
            m = np.ones(len(df), dtype=bool)
        vis.loc[m, [c for c in df.columns if c in cols]] = True
    out = df.loc[vis.any(axis=1), [c for c in df.columns if vis[c].any()]].copy()
    for c in out.columns:
        out[c] = out[c].where(vis.loc[out.index, c], None)
    return out
