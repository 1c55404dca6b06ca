def train_intents(df):
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(max_iter=1000))
    return model.fit(list(df["utterance"]), list(df["intent"]))


def fill_slots(utterance, slot_types):
    out = {}
    for slot, values in slot_types.items():
        found = [v for v in values if re.search(r"\b" + re.escape(v) + r"\b", utterance)]
        if found:
            out[slot] = max(found, key=len)
    return out
