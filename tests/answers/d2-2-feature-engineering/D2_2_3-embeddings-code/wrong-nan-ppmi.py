# expect: D2_2_3-embeddings
import numpy as np


def word_embeddings(token_lists, window=2, dim=10):
    vocab = sorted({w for toks in token_lists for w in toks})
    idx = {w: i for i, w in enumerate(vocab)}
    C = np.zeros((len(vocab), len(vocab)))
    for toks in token_lists:
        for i, w in enumerate(toks):
            for j in range(max(0, i - window), min(len(toks), i + window + 1)):
                if j != i:
                    C[idx[w], idx[toks[j]]] += 1
    P = C / C.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(P / np.outer(P.sum(axis=1), P.sum(axis=0)))
    ppmi = np.maximum(pmi, 0.0)               # log(0) = -inf becomes 0, but 0/0 (a word without neighbours) stays NaN
    U, S, _ = np.linalg.svd(np.nan_to_num(ppmi, nan=1.0))
    E = U[:, :dim] * S[:dim]
    return {w: E[i] for w, i in idx.items()}
