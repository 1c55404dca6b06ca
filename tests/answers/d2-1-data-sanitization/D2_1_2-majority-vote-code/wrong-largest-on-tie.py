def majority_vote(ann):
    counts = pd.crosstab(ann["item"], ann["label"])
    return counts[counts.columns[::-1]].idxmax(axis=1)
