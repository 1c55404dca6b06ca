def data_age_p95(arrivals, deliveries, run_every_s):
    d = np.repeat(deliveries["t"].to_numpy(float), deliveries["n_records"].to_numpy())
    if run_every_s:
        d = (np.floor(d / run_every_s) + 1) * run_every_s
    return float(np.percentile(d - arrivals["t"].to_numpy(float), 95))
