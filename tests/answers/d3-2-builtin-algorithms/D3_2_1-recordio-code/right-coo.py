def to_recordio_protobuf(X, y=None):
    chunks = []
    sp = sparse.issparse(X)
    M = sparse.csr_matrix(X) if sp else np.asarray(X)
    for i in range(M.shape[0]):
        r = Record()
        feat = r.features["values"].float32_tensor
        if sp:
            lo, hi = M.indptr[i], M.indptr[i + 1]
            feat.values[:] = [float(v) for v in M.data[lo:hi]]
            feat.keys[:] = [int(k) for k in M.indices[lo:hi]]
            feat.shape[:] = [M.shape[1]]
        else:
            feat.values[:] = [float(v) for v in M[i]]
        if y is not None:
            r.label["values"].float32_tensor.values[:] = [float(np.asarray(y)[i])]
        b = r.SerializeToString()
        pad = (-len(b)) % 4
        chunks.append(struct.pack("<II", 0xCED7230A, len(b)) + b + bytes(pad))
    return b"".join(chunks)
