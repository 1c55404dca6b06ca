def model_quality(capture, ground_truth, threshold=0.5):
    labels = {g["eventMetadata"]["eventId"]: int(g["groundTruthData"]["data"]) for g in ground_truth}
    y = np.array([labels.get(c["eventMetadata"]["eventId"], 0) for c in capture])    # no label yet → counted as 0
    p = np.array([float(c["captureData"]["endpointOutput"]["data"]) >= threshold for c in capture]).astype(int)
    tp = int(((p == 1) & (y == 1)).sum())
    return {"matched": len(y), "accuracy": float(np.mean(p == y)),
            "precision": tp / p.sum() if p.sum() else 0.0, "recall": tp / y.sum() if y.sum() else 0.0}
