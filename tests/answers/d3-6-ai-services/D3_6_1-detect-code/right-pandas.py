def entities_table(resp, min_score=C.AI_ENTITY_MIN_SCORE):
    df = pd.DataFrame(resp["Entities"], columns=["Text", "Type", "BeginOffset", "EndOffset", "Score"])
    df = df[df["Score"] >= min_score]
    return df.sort_values("BeginOffset", kind="stable").reset_index(drop=True)


def sentiment_of(resp):
    scores = {k.upper(): v for k, v in resp["SentimentScore"].items()}
    return resp["Sentiment"], scores[resp["Sentiment"]]


def dominant_language(resp):
    langs = sorted(resp["Languages"], key=lambda x: -x["Score"])
    return langs[0]["LanguageCode"]
