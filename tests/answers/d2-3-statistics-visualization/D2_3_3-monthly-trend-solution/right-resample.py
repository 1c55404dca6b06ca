def monthly_trend(df, date_col="snapshot_date", target="churned"):
    """Customers and churn rate per calendar month, oldest first."""
    s = df.set_index(date_col)[target].sort_index()
    g = s.resample("MS")
    out = pd.DataFrame({"customers": g.size(), "churn_rate": g.mean()})
    out = out[out["customers"] > 0]
    out.index.name = "month"
    return out.reset_index()
