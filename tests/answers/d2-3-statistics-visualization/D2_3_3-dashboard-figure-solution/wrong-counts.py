def dashboard_figure(seg_table, trend_table, mi_table, k=5):
    """Three panels: churn rate by segment (bar), monthly churn rate (line), top-k features by MI (barh)."""
    fig, (a0, a1, a2) = plt.subplots(1, 3, figsize=(13, 3.8))
    a0.bar(seg_table.iloc[:, 0].astype(str), seg_table["customers"]); a0.set_title("Customers by segment")
    a1.plot(trend_table["month"], trend_table["churn_rate"]); a1.set_title("Monthly churn rate")
    top = mi_table.head(k)
    a2.barh(top["feature"], top["mutual_info"]); a2.set_title("Top features by MI")
    return fig
