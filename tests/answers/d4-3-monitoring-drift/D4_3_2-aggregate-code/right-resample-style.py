def aggregate(samples, period_s, stat):
    key = (samples["t"].to_numpy() // period_s * period_s).astype(int)
    out = {}
    for start in np.unique(key):
        v = samples["value"].to_numpy()[key == start]
        if stat[0] == "p":
            out[int(start)] = float(np.sort(v)[int(np.ceil(len(v) * float(stat[1:]) / 100)) - 1])   # nearest rank
        else:
            out[int(start)] = {"SampleCount": len(v), "Sum": v.sum(), "Average": v.mean(),
                               "Minimum": v.min(), "Maximum": v.max()}[stat]
    return pd.Series(out, dtype=float)
