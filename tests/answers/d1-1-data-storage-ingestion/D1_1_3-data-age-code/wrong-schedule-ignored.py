def data_age_p95(arrivals, deliveries, run_every_s):
    d = np.repeat(deliveries["t"].to_numpy(float), deliveries["n_records"].to_numpy())
    return float(np.percentile(d - arrivals["t"].to_numpy(float), 95))
