def entities_table(resp, min_score=C.AI_ENTITY_MIN_SCORE):
    cols = ["Text", "Type", "BeginOffset", "EndOffset", "Score"]
    rows = [{c: e[c] for c in cols} for e in resp["Entities"] if e["Score"] >= min_score]
    return pd.DataFrame(rows, columns=cols).sort_values("BeginOffset").reset_index(drop=True)


def sentiment_of(resp):
    return resp["Sentiment"], resp["SentimentScore"][resp["Sentiment"]]      # "NEGATIVE" is not a key


def dominant_language(resp):
    return max(resp["Languages"], key=lambda lang: lang["Score"])["LanguageCode"]
