# adds the freshness boost, so it surfaces documents that match nothing
def tokens(text):
    return re.findall(r"[a-z0-9]+", str(text).lower())


def bm25_scores(texts, query, k1=C.BM25_K1, b=C.BM25_B):
    docs = [tokens(t) for t in texts]
    n_docs = len(docs)
    lens = np.array([len(d) for d in docs], dtype=float)
    scores = np.zeros(n_docs)
    avg = lens.mean() if n_docs else 0.0
    if avg == 0:
        return scores
    for term in set(tokens(query)):
        tf = np.array([d.count(term) for d in docs], dtype=float)
        n_t = int((tf > 0).sum())
        if n_t == 0:
            continue
        idf = np.log(1 + (n_docs - n_t + 0.5) / (n_t + 0.5))
        scores += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lens / avg))
    return scores


def search(docs, query, importance, now=None, halflife_days=None, k=C.RECS_K):
    total = np.zeros(len(docs))
    for field, w in importance.items():
        if not isinstance(w, int) or isinstance(w, bool) or not 1 <= w <= 10:
            raise ValueError(f"importance of {field!r} must be an int from 1 to 10")
        total += w * bm25_scores([d[field] for d in docs], query)
    if halflife_days is not None:
        age = np.array([(pd.Timestamp(now) - pd.Timestamp(d["updated"])).days for d in docs], dtype=float)
        total = total + 0.5 ** (age / halflife_days)
    hits = sorted((i for i in range(len(docs)) if total[i] > 0), key=lambda i: (-total[i], docs[i]["id"]))
    return [docs[i]["id"] for i in hits[:k]]
