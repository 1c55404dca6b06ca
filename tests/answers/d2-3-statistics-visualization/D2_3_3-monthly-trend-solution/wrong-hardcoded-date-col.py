def monthly_trend(df, date_col="snapshot_date", target="churned"):
    """Customers and churn rate per calendar month, oldest first."""
    month = df["snapshot_date"].dt.to_period("M").dt.to_timestamp()
    out = df.groupby(month)[target].agg(customers="size", churn_rate="mean").rename_axis("month").reset_index()
    return out.sort_values("month").reset_index(drop=True)
