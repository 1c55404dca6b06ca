def simulate_firehose(arrivals, size_mb, interval_s):
    rows, n, size, opened = [], 0, 0, None
    limit = size_mb * 1024 * 1024
    for t, b in zip(arrivals["t"], arrivals["bytes"]):
        if n and (t >= opened + interval_s or size + int(b) > limit):
            reason = "interval" if t >= opened + interval_s else "size"
            rows.append((opened + interval_s if reason == "interval" else t, n, size, reason)); n = size = 0
        if n == 0:
            opened = t
        n += 1; size += int(b)
    if n:
        rows.append((opened + interval_s, n, size, "interval"))
    return pd.DataFrame(rows, columns=["t", "n_records", "bytes", "reason"])
