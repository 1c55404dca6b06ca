def range_query_sql(lake_glob, start, end):
    return f"""SELECT event_type, count(*) AS n_events, sum(amount) AS revenue
               FROM read_parquet('{lake_glob}', hive_partitioning = true)
               WHERE dt >= DATE '{start}' AND dt < DATE '{end}'
               GROUP BY event_type ORDER BY n_events DESC"""
