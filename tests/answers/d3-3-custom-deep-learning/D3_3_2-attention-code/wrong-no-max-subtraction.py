def attention(Q, K, V, mask=None):
    e = np.exp(Q @ K.T / np.sqrt(Q.shape[1]))
    if mask is not None:
        e = e * mask
    w = e / e.sum(axis=1, keepdims=True)
    return w @ V, w
