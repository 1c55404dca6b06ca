def data_age_p95(arrivals, deliveries, run_every_s):
    starts = np.concatenate([[0], np.cumsum(deliveries["n_records"].to_numpy())[:-1]])
    first = arrivals["t"].to_numpy(float)[starts]
    used = deliveries["t"].to_numpy(float)
    if run_every_s:
        used = np.ceil(used / run_every_s) * run_every_s
    return float(np.percentile(used - first, 95))
