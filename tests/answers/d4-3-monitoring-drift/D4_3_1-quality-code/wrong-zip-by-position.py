def model_quality(capture, ground_truth, threshold=0.5):
    pairs = [(int(g["groundTruthData"]["data"]), float(c["captureData"]["endpointOutput"]["data"]) >= threshold)
             for c, g in zip(capture, ground_truth)]                  # pairs records by position, not by eventId
    y = np.array([a for a, _ in pairs]); p = np.array([b for _, b in pairs]).astype(int)
    tp = int(((p == 1) & (y == 1)).sum())
    return {"matched": len(y), "accuracy": float(np.mean(p == y)),
            "precision": tp / p.sum() if p.sum() else 0.0, "recall": tp / y.sum() if y.sum() else 0.0}
