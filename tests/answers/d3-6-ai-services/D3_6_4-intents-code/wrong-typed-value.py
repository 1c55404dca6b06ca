def train_intents(df):
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression(max_iter=1000))
    return model.fit(list(df["utterance"]), list(df["intent"]))


def fill_slots(utterance, slot_types):
    out = {}
    for slot, values in slot_types.items():
        best = None
        for v in values:
            m = re.search(r"\b" + re.escape(v.lower()) + r"\b", utterance.lower())
            if m and (best is None or len(v) > len(best)):
                best = utterance[m.start():m.end()]                          # as typed, not resolved
        if best is not None:
            out[slot] = best
    return out
