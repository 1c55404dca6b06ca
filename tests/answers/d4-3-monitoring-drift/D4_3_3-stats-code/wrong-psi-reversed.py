def window_stats(baseline, window):
    def acc(w):
        k = ~np.isnan(w["y"])
        return float(np.mean((w["pred"][k] >= 0.5) == (w["y"][k] == 1)))

    q = lambda x: float(np.percentile(x, 99, method="inverted_cdf"))
    return {"max_psi": max(psi(window["X"][f], baseline["X"][f]) for f in FEATURES),      # bins from the window
            "n_broken": sum(ks_statistic(baseline["X"][f], window["X"][f]) >= C.KS_BROKEN for f in FEATURES),
            "acc_drop": acc(baseline) - acc(window), "p99_ratio": q(window["latency_us"]) / q(baseline["latency_us"]),
            "error_rate": float(np.mean(window["status"] >= 500))}
