def majority_vote(ann):
    counts = pd.crosstab(ann["item"], ann["label"])
    return pd.Series(counts.to_numpy().argmax(axis=1).astype(int))
