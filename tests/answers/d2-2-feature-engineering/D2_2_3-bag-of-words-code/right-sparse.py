# ruff: noqa: F821  (uses the functions of earlier cells of the notebook)
from collections import Counter

import numpy as np
from scipy.sparse import csr_matrix


def count_matrix(docs, ngram_range=(1, 1), min_df=1):
    per_doc = [Counter(ngrams(tokenize(d), ngram_range)) for d in docs]
    df = Counter()
    for c in per_doc:
        df.update(c.keys())
    vocab = [t for t in df if df[t] >= min_df]          # first-seen order
    col = {t: j for j, t in enumerate(vocab)}
    rows, cols, vals = [], [], []
    for i, c in enumerate(per_doc):
        for t, k in c.items():
            if t in col:
                rows.append(i)
                cols.append(col[t])
                vals.append(k)
    return csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)), dtype=np.int64), vocab
