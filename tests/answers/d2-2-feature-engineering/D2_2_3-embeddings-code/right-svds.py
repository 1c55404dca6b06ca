from collections import Counter

import numpy as np
from scipy.sparse.linalg import svds


def word_embeddings(token_lists, window=2, dim=10):
    pairs = Counter()
    for t in token_lists:
        for i in range(len(t)):
            for j in range(max(0, i - window), min(len(t), i + window + 1)):
                if j != i:
                    pairs[t[i], t[j]] += 1
    vocab = sorted({w for t in token_lists for w in t})
    ix = {w: k for k, w in enumerate(vocab)}
    C = np.zeros((len(vocab), len(vocab)))
    for (a, b), k in pairs.items():
        C[ix[a], ix[b]] = k
    total = C.sum()
    expected = np.outer(C.sum(1), C.sum(0)) / total
    ppmi = np.zeros_like(C)
    nz = C > 0
    ppmi[nz] = np.maximum(np.log(C[nz] / expected[nz]), 0)
    U, S, _ = svds(ppmi, k=dim)                         # ascending order: any order of the dims is fine
    E = U * S
    return {w: E[ix[w]] for w in vocab}
