def simulate_firehose(arrivals, size_mb, interval_s):
    rows, n, size, opened = [], 0, 0, None
    for t, b in zip(arrivals["t"], arrivals["bytes"]):
        if n and t >= opened + interval_s:
            rows.append((t, n, size, "interval")); n = size = 0
        if n == 0:
            opened = t
        n += 1; size += int(b)
        if size >= size_mb * 1024 * 1024:
            rows.append((t, n, size, "size")); n = size = 0
    if n:
        rows.append((opened + interval_s, n, size, "interval"))
    return pd.DataFrame(rows, columns=["t", "n_records", "bytes", "reason"])
