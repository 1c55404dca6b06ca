def bow_matrix(docs, vocab):
    from sklearn.feature_extraction.text import CountVectorizer
    return CountVectorizer(vocabulary=list(vocab), token_pattern=r"\S+", lowercase=False).transform(docs).tocsr()


def fit_topics(docs, vocab, num_topics, seed=0):
    model = LatentDirichletAllocation(n_components=num_topics, random_state=seed)
    model.fit(bow_matrix(docs, vocab))
    c = model.components_
    return c / c.sum(1)[:, None]


def lda_hyperparameters(docs, vocab, num_topics):
    return dict(num_topics=f"{num_topics}", feature_dim=f"{len(vocab)}", mini_batch_size=f"{len(vocab)}")
