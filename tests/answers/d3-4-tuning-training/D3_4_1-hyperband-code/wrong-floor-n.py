def hyperband_brackets(R, eta=3):
    s_max = 0
    while eta ** (s_max + 1) <= R:
        s_max += 1
    out = []
    for s in range(s_max, -1, -1):
        n = (s_max + 1) * eta ** s // (s + 1)             # floor instead of ceil
        out.append([(n // eta ** i, R / eta ** (s - i)) for i in range(s + 1)])
    return out
