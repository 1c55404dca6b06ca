# expect: D2_2_3-bag-of-words
# ruff: noqa: F821  (uses the functions of earlier cells of the notebook)
from collections import Counter

import numpy as np


def count_matrix(docs, ngram_range=(1, 1), min_df=1):
    per_doc = [set(ngrams(tokenize(d), ngram_range)) for d in docs]
    df = Counter(t for s in per_doc for t in s)
    vocab = sorted(t for t, k in df.items() if k >= min_df)
    m = np.array([[1 if t in s else 0 for t in vocab] for s in per_doc]).reshape(len(docs), len(vocab))
    return m, vocab
