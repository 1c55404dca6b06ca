def right_size(load_test, prices, peak_rps, p99_slo_ms):
    cap = load_test.loc[load_test["p99_ms"] <= p99_slo_ms].groupby("instance_type")["rps"].max()
    cap = cap[cap.index.isin(list(prices))]
    if cap.empty:
        return None
    t = pd.DataFrame({"instance_type": cap.index, "cap": cap.to_numpy()})
    t["count"] = [max(C.ENDPOINT_MIN_INSTANCES, math.ceil(peak_rps / (c * C.RIGHTSIZE_TARGET_UTILIZATION))) for c in t["cap"]]
    t["hourly_cost"] = [n * prices[it] for n, it in zip(t["count"], t["instance_type"])]
    best = t.assign(p=[prices[i] for i in t["instance_type"]]).sort_values(["p", "instance_type"]).iloc[0]
    return {"instance_type": best["instance_type"], "count": int(best["count"]), "hourly_cost": float(best["hourly_cost"])}
