def to_recordio_protobuf(X, y=None):
    out = b""
    sp = sparse.issparse(X)
    M = sparse.csr_matrix(X) if sp else np.asarray(X)
    for i in range(M.shape[0]):
        r = Record()
        t = r.features["values"].float64_tensor
        if sp:
            row = M.getrow(i)
            t.values.extend(row.data.tolist())
            t.keys.extend(row.indices.tolist())
            t.shape.append(M.shape[1])
        else:
            t.values.extend(M[i].tolist())
        if y is not None:
            r.label["values"].float64_tensor.values.append(float(y[i]))
        b = r.SerializeToString()
        out += struct.pack("<II", 0xCED7230A, len(b)) + b + b"\x00" * ((-len(b)) % 4)
    return out
