def churn_by_segment(df, segment_col="segment", target="churned"):
    """Customers and churn rate per segment, highest churn rate first."""
    out = df.groupby(segment_col)[target].agg(customers="size", churn_rate="mean").reset_index()
    return out.sort_values("churn_rate").reset_index(drop=True)
