# co-occurrence counts without normalising: popular items everywhere
def item_similarity(inter):
    m = pd.crosstab(inter["USER_ID"], inter["ITEM_ID"]).clip(upper=1).astype(float)
    x = m.to_numpy()
    norms = np.sqrt((x ** 2).sum(axis=0))
    s = x.T @ x
    return pd.DataFrame(s, index=m.columns, columns=m.columns)


def similar_items(sim, item, k=C.RECS_K):
    s = sim[item].drop(item)
    s = s[s > 0]
    return sorted(s.index, key=lambda it: (-s[it], it))[:k]


def ndcg_at_k(ranked, relevance, k=C.RECS_K):
    dcg = sum(relevance.get(it, 0) / np.log2(i + 2) for i, it in enumerate(ranked[:k]))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum(r / np.log2(i + 2) for i, r in enumerate(ideal))
    return float(dcg / idcg) if idcg > 0 else 0.0
