def quality_report(con, table, start, end):
    # the range stops before `end` (a half-open interval)
    where = f"dt >= DATE '{start}' AND dt < DATE '{end}'"
    n, nulls, neg = con.execute(f"SELECT COUNT(*), COUNT(*) - COUNT(amount), COUNT(*) FILTER (WHERE amount < 0) FROM {table} WHERE {where}").fetchone()
    dups = con.execute(f"SELECT COUNT(*) FROM (SELECT event_id FROM {table} WHERE {where} GROUP BY event_id HAVING COUNT(*) > 1)").fetchone()[0]
    present = {str(r[0]) for r in con.execute(f"SELECT DISTINCT dt FROM {table} WHERE {where}").fetchall()}
    days = pd.date_range(start, end, freq="D").strftime("%Y-%m-%d").tolist()[:-1]
    return {"rows": n, "null_rate": nulls / n if n else 0.0, "duplicate_keys": dups, "negative_amounts": neg,
            "missing_partitions": [d for d in days if d not in present]}
