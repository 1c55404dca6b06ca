def churn_by_segment(df, segment_col="segment", target="churned"):
    """Customers and churn rate per segment, highest churn rate first."""
    counts = df[segment_col].value_counts()
    rates = df.groupby(segment_col)[target].mean()
    out = pd.DataFrame({segment_col: rates.index, "customers": counts.reindex(rates.index).to_numpy(),
                        "churn_rate": rates.to_numpy()})
    return out.sort_values(by="churn_rate", ascending=False, ignore_index=True)
