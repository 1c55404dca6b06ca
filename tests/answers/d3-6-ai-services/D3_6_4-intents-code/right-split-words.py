def train_intents(df):
    return make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=500)).fit(df["utterance"].tolist(),
                                                                                 df["intent"].tolist())


def fill_slots(utterance, slot_types):
    words = utterance.lower().split()
    out = {}
    for slot, values in slot_types.items():
        best = None
        for v in values:
            vw = v.lower().split()
            hit = any(words[i:i + len(vw)] == vw for i in range(len(words) - len(vw) + 1))
            if hit and (best is None or len(v) > len(best)):
                best = v
        if best is not None:
            out[slot] = best
    return out
