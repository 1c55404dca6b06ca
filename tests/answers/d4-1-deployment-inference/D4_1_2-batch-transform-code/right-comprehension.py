def batch_transform(send, lines, max_bytes, strategy):
    result = []
    for batch in mini_batches(lines, max_bytes, strategy):
        parts = [ln.partition(",") for ln in batch]
        answer = send("\n".join(p[2] for p in parts))
        result.extend(p[0] + "," + a.strip() for p, a in zip(parts, answer.strip().split("\n")))
    return result
