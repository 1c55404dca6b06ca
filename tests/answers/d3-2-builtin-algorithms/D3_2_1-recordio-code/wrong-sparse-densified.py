def to_recordio_protobuf(X, y=None):
    M = X.toarray() if sparse.issparse(X) else np.asarray(X)
    out = b""
    for i in range(M.shape[0]):
        r = Record()
        r.features["values"].float32_tensor.values.extend(M[i].tolist())
        if y is not None:
            r.label["values"].float32_tensor.values.append(float(y[i]))
        b = r.SerializeToString()
        out += struct.pack("<II", 0xCED7230A, len(b)) + b + b"\x00" * ((-len(b)) % 4)
    return out
