def batch_transform(send, lines, max_bytes, strategy):
    out = []
    for batch in mini_batches(lines, max_bytes, strategy):
        preds = send("\n".join(batch)).split()
        out += [ln.split(",", 1)[0] + "," + p for ln, p in zip(batch, preds)]
    return out
