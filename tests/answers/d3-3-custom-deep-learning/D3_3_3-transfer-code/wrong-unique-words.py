def doc_vectors(texts, emb, vocab):
    idx = {w: i for i, w in enumerate(vocab)}
    out = np.zeros((len(texts), emb.shape[1]))
    for r, text in enumerate(texts):
        rows = sorted({idx[w] for w in text.split() if w in idx})
        if rows:
            out[r] = emb[rows].mean(axis=0)
    return out


def transfer_vs_scratch(emb, vocab, few_texts, few_y, test_texts, test_y):
    head = LogisticRegression().fit(doc_vectors(few_texts, emb, vocab), few_y)
    cv = CountVectorizer().fit(few_texts)
    scratch = LogisticRegression().fit(cv.transform(few_texts), few_y)
    return head.score(doc_vectors(test_texts, emb, vocab), test_y), scratch.score(cv.transform(test_texts), test_y)
