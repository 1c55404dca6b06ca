# expect: D2_2_3-embeddings
import numpy as np


def _cooc(token_lists, window):
    vocab = sorted({w for t in token_lists for w in t})
    ix = {w: i for i, w in enumerate(vocab)}
    C = np.zeros((len(vocab), len(vocab)))
    for t in token_lists:
        for i, w in enumerate(t):
            for j in range(max(0, i - window), min(len(t), i + window + 1)):
                if j != i:
                    C[ix[w], ix[t[j]]] += 1
    return vocab, C


def _ppmi(C):
    P = C / C.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(P / (P.sum(1, keepdims=True) * P.sum(0, keepdims=True)))
    return np.where(C > 0, np.maximum(pmi, 0), 0.0)


def word_embeddings(token_lists, window=2, dim=10):
    vocab, C = _cooc(token_lists, 2)                  # window fixed at 2
    U, S, _ = np.linalg.svd(_ppmi(C))
    E = U[:, :dim] * S[:dim]
    return {w: E[i] for i, w in enumerate(vocab)}
