def dashboard_figure(seg_table, trend_table, mi_table, k=5):
    """Three panels: churn rate by segment (bar), monthly churn rate (line), top-k features by MI (barh)."""
    fig = plt.figure(figsize=(14, 4))
    a0, a1, a2 = fig.subplots(1, 3)
    n = len(seg_table)
    a0.bar(np.arange(n), seg_table["churn_rate"].to_numpy(), width=0.6)
    a0.set_xticks(np.arange(n), labels=[str(s) for s in seg_table[seg_table.columns[0]]])
    a0.set_title("Which segments churn most?")
    a1.plot(pd.to_datetime(trend_table["month"]), trend_table["churn_rate"].to_numpy(), "o-")
    a1.set_title("Is churn rising?")
    top = mi_table.nlargest(k, "mutual_info")
    a2.barh(np.arange(len(top)), top["mutual_info"].to_numpy())
    a2.set_yticks(np.arange(len(top)), labels=list(top["feature"]))
    a2.invert_yaxis()
    a2.set_title("Which features inform churn?")
    fig.tight_layout()
    return fig
