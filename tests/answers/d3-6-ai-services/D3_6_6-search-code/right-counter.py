from collections import Counter


def tokens(text):
    return re.findall(r"[a-z0-9]+", str(text).lower())


def bm25_scores(texts, query, k1=C.BM25_K1, b=C.BM25_B):
    bags = [Counter(tokens(t)) for t in texts]
    lengths = [sum(c.values()) for c in bags]
    N = len(bags)
    avg = sum(lengths) / N if N else 0.0
    out = np.zeros(N)
    for term in dict.fromkeys(tokens(query)):
        df = sum(1 for c in bags if c[term])
        if not df:
            continue
        idf = math.log(1 + (N - df + 0.5) / (df + 0.5))
        for i, c in enumerate(bags):
            tf = c[term]
            if tf:
                out[i] += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[i] / avg))
    return out


def search(docs, query, importance, now=None, halflife_days=None, k=C.RECS_K):
    for w in importance.values():
        if type(w) is not int or w < 1 or w > 10:
            raise ValueError("Importance must be an integer from 1 to 10")
    score = {d["id"]: 0.0 for d in docs}
    for field, w in importance.items():
        for d, s in zip(docs, bm25_scores([d[field] for d in docs], query)):
            score[d["id"]] += w * s
    if halflife_days is not None:
        for d in docs:
            age = (pd.Timestamp(now) - pd.Timestamp(d["updated"])) / pd.Timedelta(days=1)
            score[d["id"]] *= 1 + 2 ** (-age / halflife_days)
    ranked = sorted((i for i, s in score.items() if s > 0), key=lambda i: (-score[i], i))
    return ranked[:k]
