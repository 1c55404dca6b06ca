def quality_report(con, table, start, end):
    # counts the surplus rows (COUNT(*) - COUNT(DISTINCT event_id)) instead of the duplicated keys
    where = f"dt BETWEEN DATE '{start}' AND DATE '{end}'"
    n, nulls, neg, distinct = con.execute(
        f"SELECT COUNT(*), COUNT(*) - COUNT(amount), COUNT(*) FILTER (WHERE amount < 0), COUNT(DISTINCT event_id) FROM {table} WHERE {where}").fetchone()
    present = {str(r[0]) for r in con.execute(f"SELECT DISTINCT dt FROM {table} WHERE {where}").fetchall()}
    days = pd.date_range(start, end, freq="D").strftime("%Y-%m-%d").tolist()
    return {"rows": n, "null_rate": nulls / n if n else 0.0, "duplicate_keys": n - distinct, "negative_amounts": neg,
            "missing_partitions": [d for d in days if d not in present]}
