import copy


def quantize_int8(w):
    w = np.asarray(w, dtype=float)
    lo, hi = w.min(), w.max()
    scale = (hi - lo) / 255 if hi > lo else 1.0
    zero_point = int(np.clip(np.round(-128 - lo / scale), -128, 127))
    q = np.clip(np.round(w / scale) + zero_point, -128, 127).astype(np.int8)
    return q, scale, zero_point


def dequantize(q, scale, zero_point):
    return (q.astype(float) - zero_point) * scale


def quantized_copy(mlp):
    out = copy.deepcopy(mlp)
    out.coefs_ = [dequantize(*quantize_int8(w)) for w in mlp.coefs_]
    return out
