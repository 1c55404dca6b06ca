def quality_report(con, table, start, end):
    per_day = con.execute(
        f"SELECT CAST(dt AS VARCHAR) AS day, COUNT(*) AS n, COUNT(amount) AS filled, "
        f"SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS neg FROM {table} "
        f"WHERE dt >= CAST(? AS DATE) AND dt <= CAST(? AS DATE) GROUP BY dt", [start, end]).df()
    keys = con.execute(
        f"SELECT event_id FROM {table} WHERE dt >= CAST(? AS DATE) AND dt <= CAST(? AS DATE) "
        f"GROUP BY event_id HAVING COUNT(*) > 1", [start, end]).fetchall()
    n = int(per_day["n"].sum())
    days = pd.date_range(start, end).strftime("%Y-%m-%d")
    return {"rows": n, "null_rate": float((per_day["n"] - per_day["filled"]).sum() / n) if n else 0.0,
            "duplicate_keys": len(keys), "negative_amounts": int(per_day["neg"].fillna(0).sum()),
            "missing_partitions": sorted(set(days) - set(per_day["day"]))}
