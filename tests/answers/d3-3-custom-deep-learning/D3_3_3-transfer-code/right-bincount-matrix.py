def doc_vectors(texts, emb, vocab):
    pos = {w: i for i, w in enumerate(vocab)}
    counts = np.zeros((len(texts), len(vocab)))
    for r, t in enumerate(texts):
        for w in t.split():
            if w in pos:
                counts[r, pos[w]] += 1
    n = counts.sum(axis=1, keepdims=True)
    return (counts @ emb) / np.where(n == 0, 1, n)


def transfer_vs_scratch(emb, vocab, few_texts, few_y, test_texts, test_y):
    from sklearn.metrics import accuracy_score
    clf = LogisticRegression().fit(doc_vectors(few_texts, emb, vocab), few_y)
    a_t = accuracy_score(test_y, clf.predict(doc_vectors(test_texts, emb, vocab)))
    vec = CountVectorizer()
    Xf = vec.fit_transform(few_texts)
    a_s = accuracy_score(test_y, LogisticRegression().fit(Xf, few_y).predict(vec.transform(test_texts)))
    return a_t, a_s
