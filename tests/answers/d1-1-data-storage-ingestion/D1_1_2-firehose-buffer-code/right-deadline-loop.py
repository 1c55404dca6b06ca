def simulate_firehose(arrivals, size_mb, interval_s):
    out, recs, nbytes, deadline = [], 0, 0, None
    for row in arrivals.itertuples(index=False):
        if recs > 0 and row.t >= deadline:
            out.append({"t": deadline, "n_records": recs, "bytes": nbytes, "reason": "interval"})
            recs = nbytes = 0
        if recs == 0:
            deadline = row.t + interval_s
        recs += 1
        nbytes += int(row.bytes)
        if nbytes >= size_mb * 2**20:
            out.append({"t": row.t, "n_records": recs, "bytes": nbytes, "reason": "size"})
            recs = nbytes = 0
    if recs:
        out.append({"t": deadline, "n_records": recs, "bytes": nbytes, "reason": "interval"})
    return pd.DataFrame(out, columns=["t", "n_records", "bytes", "reason"])
