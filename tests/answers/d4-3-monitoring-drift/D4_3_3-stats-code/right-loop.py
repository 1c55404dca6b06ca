def window_stats(baseline, window):
    def acc(w):
        y, p = np.asarray(w["y"]), np.asarray(w["pred"])
        m = ~np.isnan(y)
        return ((p[m] >= 0.5).astype(int) == y[m].astype(int)).mean()

    psis, broken = [], 0
    for f in FEATURES:
        psis.append(psi(baseline["X"][f], window["X"][f], bins=10))
        broken += ks_statistic(baseline["X"][f], window["X"][f]) >= C.KS_BROKEN
    lat_w = np.percentile(window["latency_us"], 99, method="inverted_cdf")
    lat_b = np.percentile(baseline["latency_us"], 99, method="inverted_cdf")
    return {"max_psi": float(max(psis)), "n_broken": int(broken), "acc_drop": float(acc(baseline) - acc(window)),
            "p99_ratio": float(lat_w / lat_b), "error_rate": float((window["status"] >= 500).sum() / len(window["status"]))}
