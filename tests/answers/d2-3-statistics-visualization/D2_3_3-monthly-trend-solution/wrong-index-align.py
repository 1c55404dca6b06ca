def monthly_trend(df, date_col="snapshot_date", target="churned"):
    """Customers and churn rate per calendar month, oldest first."""
    month = pd.Series(df[date_col].to_numpy().astype("datetime64[M]"), name="month")
    out = df[target].groupby(month).agg(customers="size", churn_rate="mean").reset_index()
    out["month"] = pd.to_datetime(out["month"])
    return out.sort_values("month").reset_index(drop=True)
