def range_query_sql(lake_glob, start, end):
    return f"""SELECT event_type, count(*) AS n_events, sum(amount) AS revenue
               FROM read_parquet('{lake_glob}', hive_partitioning = true)
               WHERE ts >= TIMESTAMP '{start}' AND ts < TIMESTAMP '{end}'
               GROUP BY event_type ORDER BY event_type"""
