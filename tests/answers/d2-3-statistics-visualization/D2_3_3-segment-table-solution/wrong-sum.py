def churn_by_segment(df, segment_col="segment", target="churned"):
    """Customers and churn rate per segment, highest churn rate first."""
    g = df.groupby(segment_col)[target]
    out = pd.DataFrame({segment_col: g.size().index, "customers": g.size().to_numpy(),
                        "churn_rate": g.sum().to_numpy() / len(df)})
    return out.sort_values("churn_rate", ascending=False).reset_index(drop=True)
