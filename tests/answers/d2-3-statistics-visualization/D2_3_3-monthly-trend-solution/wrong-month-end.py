def monthly_trend(df, date_col="snapshot_date", target="churned"):
    """Customers and churn rate per calendar month, oldest first."""
    out = (df.set_index(date_col).sort_index().resample("ME")[target]
             .agg(["size", "mean"]).reset_index())
    out.columns = ["month", "customers", "churn_rate"]
    return out
