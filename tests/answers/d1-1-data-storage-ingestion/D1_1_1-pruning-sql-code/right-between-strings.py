def range_query_sql(lake_glob, start, end):
    return (f"SELECT event_type, COUNT(*) AS n_events, SUM(amount) AS revenue "
            f"FROM read_parquet('{lake_glob}', hive_partitioning = true) "
            f"WHERE dt >= '{start}' AND dt < '{end}' GROUP BY 1 ORDER BY 1")
