def entities_table(resp, min_score=C.AI_ENTITY_MIN_SCORE):
    cols = ["Text", "Type", "BeginOffset", "EndOffset", "Score"]
    rows = [{c: e[c] for c in cols} for e in resp["Entities"] if e["Score"] >= min_score]
    return pd.DataFrame(rows, columns=cols)                # response order, not text order


def sentiment_of(resp):
    label = resp["Sentiment"]
    return label, resp["SentimentScore"][label.capitalize()]


def dominant_language(resp):
    return max(resp["Languages"], key=lambda lang: lang["Score"])["LanguageCode"]
