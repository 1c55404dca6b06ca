# ruff: noqa: F821  (uses the functions of earlier cells of the notebook)
import math

import numpy as np


def tfidf(docs, ngram_range=(1, 2), min_df=2):
    counts, vocab = count_matrix(docs, ngram_range, min_df)
    C = np.asarray(counts.toarray() if hasattr(counts, "toarray") else counts, dtype=float)
    n = len(docs)
    idf = np.array([math.log((1 + n) / (1 + np.count_nonzero(C[:, j]))) + 1 for j in range(C.shape[1])])
    X = C * idf[None, :]
    for i in range(X.shape[0]):
        s = math.sqrt(float(X[i] @ X[i]))
        if s > 0:
            X[i] /= s
    return X, vocab
