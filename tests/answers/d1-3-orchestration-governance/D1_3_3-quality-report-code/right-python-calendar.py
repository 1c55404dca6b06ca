def quality_report(con, table, start, end):
    import datetime as dt
    q = f"""SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE amount IS NULL) AS nulls,
                   COUNT(*) FILTER (WHERE amount < 0) AS neg,
                   COUNT(DISTINCT event_id) FILTER (WHERE event_id IN (
                       SELECT event_id FROM {table} WHERE dt >= DATE '{start}' AND dt <= DATE '{end}'
                       GROUP BY event_id HAVING COUNT(*) >= 2)) AS dups
            FROM {table} WHERE dt >= DATE '{start}' AND dt <= DATE '{end}'"""
    n, nulls, neg, dups = con.execute(q).fetchone()
    present = {str(r[0]) for r in con.execute(
        f"SELECT DISTINCT dt FROM {table} WHERE dt >= DATE '{start}' AND dt <= DATE '{end}'").fetchall()}
    d0, d1 = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = [(d0 + dt.timedelta(days=k)).isoformat() for k in range((d1 - d0).days + 1)]
    return {"rows": n, "null_rate": nulls / n if n else 0.0, "duplicate_keys": dups, "negative_amounts": neg,
            "missing_partitions": [d for d in days if d not in present]}
