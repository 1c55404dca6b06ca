def mini_batches(lines, max_bytes, strategy):
    batches, current, size = [], [], 0
    for line in lines:
        n = len(line.encode()) + 1
        if n > max_bytes:
            raise ValueError("too large")
        if strategy == "SingleRecord" or (current and size + n >= max_bytes):
            if current:
                batches.append(current)
            current, size = [], 0
        current.append(line)
        size += n
    if current:
        batches.append(current)
    return batches
