def aggregate(samples, period_s, stat):
    g = samples["value"].groupby((samples["t"] // period_s * period_s).astype(int))
    if stat.startswith("p"):
        q = int(float(stat[1:]))                         # p99.9 read as p99
        return g.agg(lambda v: float(np.percentile(v, q, method="inverted_cdf")))
    return g.agg({"SampleCount": "count", "Sum": "sum", "Average": "mean", "Minimum": "min", "Maximum": "max"}[stat]).astype(float)
