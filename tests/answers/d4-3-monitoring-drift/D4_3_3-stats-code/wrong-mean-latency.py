def window_stats(baseline, window):
    def acc(w):
        k = ~np.isnan(w["y"])
        return float(np.mean((w["pred"][k] >= 0.5) == (w["y"][k] == 1)))

    return {"max_psi": max(psi(baseline["X"][f], window["X"][f]) for f in FEATURES),
            "n_broken": sum(ks_statistic(baseline["X"][f], window["X"][f]) >= C.KS_BROKEN for f in FEATURES),
            "acc_drop": acc(baseline) - acc(window),
            "p99_ratio": float(np.mean(window["latency_us"]) / np.mean(baseline["latency_us"])),   # the mean, not p99
            "error_rate": float(np.mean(window["status"] >= 500))}
