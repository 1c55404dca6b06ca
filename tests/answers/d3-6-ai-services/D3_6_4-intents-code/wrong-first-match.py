def train_intents(df):
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(max_iter=1000))
    return model.fit(list(df["utterance"]), list(df["intent"]))


def fill_slots(utterance, slot_types):
    out = {}
    for slot, values in slot_types.items():
        for v in values:
            if re.search(r"\b" + re.escape(v.lower()) + r"\b", utterance.lower()):
                out[slot] = v                                              # the first, not the longest
                break
    return out
