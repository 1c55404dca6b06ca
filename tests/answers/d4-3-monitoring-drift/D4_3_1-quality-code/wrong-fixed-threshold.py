def model_quality(capture, ground_truth, threshold=0.5):
    labels = {g["eventMetadata"]["eventId"]: int(g["groundTruthData"]["data"]) for g in ground_truth}
    y, p = [], []
    for c in capture:
        if c["eventMetadata"]["eventId"] in labels:
            y.append(labels[c["eventMetadata"]["eventId"]])
            p.append(int(float(c["captureData"]["endpointOutput"]["data"]) >= 0.5))     # ignores the argument
    y, p = np.array(y), np.array(p)
    tp = int(((p == 1) & (y == 1)).sum())
    return {"matched": len(y), "accuracy": float(np.mean(p == y)),
            "precision": tp / p.sum() if p.sum() else 0.0, "recall": tp / y.sum() if y.sum() else 0.0}
