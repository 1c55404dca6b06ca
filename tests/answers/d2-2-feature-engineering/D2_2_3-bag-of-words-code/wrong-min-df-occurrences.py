# expect: D2_2_3-bag-of-words
# ruff: noqa: F821  (uses the functions of earlier cells of the notebook)
from collections import Counter

import numpy as np


def count_matrix(docs, ngram_range=(1, 1), min_df=1):
    per_doc = [Counter(ngrams(tokenize(d), ngram_range)) for d in docs]
    total = sum(per_doc, Counter())                    # occurrences, not documents
    vocab = sorted(t for t, k in total.items() if k >= min_df)
    col = {t: j for j, t in enumerate(vocab)}
    m = np.zeros((len(docs), len(vocab)), dtype=int)
    for i, c in enumerate(per_doc):
        for t, k in c.items():
            if t in col:
                m[i, col[t]] = k
    return m, vocab
