def mini_batches(lines, max_bytes, strategy):
    sizes = [len(s.encode("utf-8")) + 1 for s in lines]
    if any(n > max_bytes for n in sizes):
        raise ValueError("record too large")
    if strategy == "SingleRecord":
        return [[s] for s in lines]
    out, i = [], 0
    while i < len(lines):
        j, total = i, 0
        while j < len(lines) and total + sizes[j] <= max_bytes:
            total += sizes[j]
            j += 1
        out.append(list(lines[i:j]))
        i = j
    return out
