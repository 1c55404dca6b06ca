import copy


def quantize_int8(w):
    w = np.asarray(w, dtype=float)
    scale = np.abs(w).max() / 127 if np.abs(w).max() > 0 else 1.0
    q = np.clip(np.round(w / scale), -128, 127).astype(np.int8)
    return q, scale, 0


def dequantize(q, scale, zero_point):
    return (q.astype(float) - zero_point) * scale


def quantized_copy(mlp):
    out = copy.deepcopy(mlp)
    out.coefs_ = [dequantize(*quantize_int8(w)) for w in mlp.coefs_]
    return out
