# expect: D2_2_3-tfidf
# ruff: noqa: F821  (uses the functions of earlier cells of the notebook)
import numpy as np


def tfidf(docs, ngram_range=(1, 2), min_df=2):
    counts, vocab = count_matrix(docs, ngram_range, min_df)
    counts = np.asarray(counts.toarray() if hasattr(counts, "toarray") else counts, dtype=float)
    n = counts.shape[0]
    idf = np.log(n / (counts > 0).sum(axis=0))          # no smoothing, no +1
    X = counts * idf
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return np.divide(X, norms, out=np.zeros_like(X), where=norms > 0), vocab
