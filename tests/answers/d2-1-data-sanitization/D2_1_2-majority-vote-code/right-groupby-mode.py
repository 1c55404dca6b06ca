def majority_vote(ann):
    return ann.groupby("item")["label"].agg(lambda s: s.mode().min())
