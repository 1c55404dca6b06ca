def attention(Q, K, V, mask=None):
    from scipy.special import softmax
    scores = (Q @ K.T) / np.sqrt(K.shape[-1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    weights = softmax(scores, axis=-1)
    return weights @ V, weights
