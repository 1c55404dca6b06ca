def hyperband_brackets(R, eta=3):
    import math
    s_max = max(s for s in range(64) if eta ** s <= R)
    out = []
    for s in reversed(range(s_max + 1)):
        n = math.ceil((s_max + 1) * eta ** s / (s + 1))
        r = R / eta ** s
        out.append([(math.floor(n / eta ** i), r * eta ** i) for i in range(s + 1)])
    return out
