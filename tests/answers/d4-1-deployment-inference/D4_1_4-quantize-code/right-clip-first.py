import copy


def quantize_int8(w):
    w = np.asarray(w, dtype=float)
    lo, hi = np.minimum(w.min(), 0), np.maximum(w.max(), 0)
    scale = 1.0 if hi == lo else float(hi - lo) / 255.0
    zp = int(min(127, max(-128, np.round(-128 - lo / scale))))
    return np.clip(np.round(w / scale) + zp, -128, 127).astype("int8"), scale, zp


def dequantize(q, scale, zero_point):
    return scale * (np.asarray(q, dtype=np.float64) - zero_point)


def quantized_copy(mlp):
    new = copy.deepcopy(mlp)
    new.coefs_ = []
    for w in mlp.coefs_:
        q, s, z = quantize_int8(w)
        new.coefs_.append(dequantize(q, s, z))
    return new
