def summarize(load_log):
    d = load_log.assign(lat=(load_log.done_s - load_log.sent_s) * 1000)
    g = d.groupby("concurrency")
    return pd.DataFrame({"rps": g.size() / (g.done_s.max() - g.sent_s.min()),
                         "p50_ms": g.lat.apply(lambda s: np.percentile(s, 50)),
                         "p99_ms": g.lat.apply(lambda s: np.percentile(s, 99))})


def max_rps(summary, p99_slo_ms):
    best = None
    for rps, p99 in zip(summary.rps, summary.p99_ms):
        if p99 <= p99_slo_ms and (best is None or rps > best):
            best = rps
    if best is None:
        raise ValueError("nothing meets the SLO")
    return best


def invocations_target(max_rps, safety_factor=0.5):
    return 60 * safety_factor * max_rps
