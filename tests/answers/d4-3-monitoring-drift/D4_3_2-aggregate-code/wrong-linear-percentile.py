def aggregate(samples, period_s, stat):
    g = samples["value"].groupby((samples["t"] // period_s * period_s).astype(int))
    if stat.startswith("p"):
        return g.quantile(float(stat[1:]) / 100)         # linear interpolation, not nearest rank
    return g.agg({"SampleCount": "count", "Sum": "sum", "Average": "mean", "Minimum": "min", "Maximum": "max"}[stat]).astype(float)
