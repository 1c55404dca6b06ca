def data_age_p95(arrivals, deliveries, run_every_s):
    ages, i, times = [], 0, arrivals["t"].tolist()
    for d, n in zip(deliveries["t"], deliveries["n_records"]):
        used = d if run_every_s == 0 else math.ceil(d / run_every_s) * run_every_s
        ages += [used - t for t in times[i:i + n]]
        i += n
    return float(np.percentile(ages, 95))
