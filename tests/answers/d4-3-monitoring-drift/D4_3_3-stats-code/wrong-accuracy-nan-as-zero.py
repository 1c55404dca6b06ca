def window_stats(baseline, window):
    def acc(w):
        return float(np.mean((w["pred"] >= 0.5) == (np.nan_to_num(w["y"]) == 1)))    # missing labels counted as 0

    q = lambda x: float(np.percentile(x, 99, method="inverted_cdf"))
    return {"max_psi": max(psi(baseline["X"][f], window["X"][f]) for f in FEATURES),
            "n_broken": sum(ks_statistic(baseline["X"][f], window["X"][f]) >= C.KS_BROKEN for f in FEATURES),
            "acc_drop": acc(baseline) - acc(window), "p99_ratio": q(window["latency_us"]) / q(baseline["latency_us"]),
            "error_rate": float(np.mean(window["status"] >= 500))}
