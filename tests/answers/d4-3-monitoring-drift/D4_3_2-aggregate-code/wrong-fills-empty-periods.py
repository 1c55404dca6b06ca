def aggregate(samples, period_s, stat):
    key = (samples["t"] // period_s * period_s).astype(int)
    g = samples["value"].groupby(key)
    if stat.startswith("p"):
        s = g.agg(lambda v: float(np.percentile(v, float(stat[1:]), method="inverted_cdf")))
    else:
        s = g.agg({"SampleCount": "count", "Sum": "sum", "Average": "mean", "Minimum": "min", "Maximum": "max"}[stat]).astype(float)
    return s.reindex(range(0, int(key.max()) + 1, period_s), fill_value=0.0)   # a silent period is not a zero
