def summarize(load_log):
    rows = {}
    for level, g in load_log.groupby("concurrency"):
        lat = (g["done_s"] - g["sent_s"]) * 1000
        rows[level] = {"rps": level * 1000 / lat.mean(),
                       "p50_ms": np.percentile(lat, 50), "p99_ms": np.percentile(lat, 99)}
    return pd.DataFrame.from_dict(rows, orient="index").sort_index()


def max_rps(summary, p99_slo_ms):
    ok = summary[summary["p99_ms"] <= p99_slo_ms]
    if ok.empty:
        raise ValueError("no level")
    return float(ok["rps"].max())


def invocations_target(max_rps, safety_factor=0.5):
    return max_rps * safety_factor * 60
