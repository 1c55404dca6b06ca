from sklearn.metrics.pairwise import cosine_similarity as _cos


def item_similarity(inter):
    pairs = inter[["USER_ID", "ITEM_ID"]].drop_duplicates()
    m = pairs.assign(v=1.0).pivot_table(index="USER_ID", columns="ITEM_ID", values="v", fill_value=0.0)
    return pd.DataFrame(_cos(m.T.to_numpy()), index=m.columns, columns=m.columns)


def similar_items(sim, item, k=C.RECS_K):
    cands = [(-float(v), it) for it, v in sim[item].items() if it != item and v > 0]
    return [it for _, it in sorted(cands)[:k]]


def ndcg_at_k(ranked, relevance, k=C.RECS_K):
    gains = [relevance.get(it, 0) for it in ranked[:k]]
    best = sorted(relevance.values(), reverse=True)[:k]
    disc = lambda g: sum(x / math.log2(p + 1) for p, x in enumerate(g, start=1))
    return disc(gains) / disc(best) if disc(best) > 0 else 0.0
