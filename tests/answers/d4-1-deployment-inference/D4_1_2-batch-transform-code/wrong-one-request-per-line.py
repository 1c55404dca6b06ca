def batch_transform(send, lines, max_bytes, strategy):
    out = []
    for batch in mini_batches(lines, max_bytes, strategy):
        for ln in batch:
            i, rest = ln.split(",", 1)
            out.append(i + "," + send(rest).strip())
    return out
