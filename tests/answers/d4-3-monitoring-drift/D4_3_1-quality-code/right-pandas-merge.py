def model_quality(capture, ground_truth, threshold=0.5):
    pred = pd.DataFrame({"id": [c["eventMetadata"]["eventId"] for c in capture],
                         "score": [float(c["captureData"]["endpointOutput"]["data"]) for c in capture]})
    lab = pd.DataFrame({"id": [g["eventMetadata"]["eventId"] for g in ground_truth],
                        "y": [int(g["groundTruthData"]["data"]) for g in ground_truth]})
    m = pred.merge(lab, on="id", how="inner")
    p = (m["score"] >= threshold).astype(int)
    tp = int(((p == 1) & (m["y"] == 1)).sum())
    return {"matched": len(m), "accuracy": float((p == m["y"]).mean()),
            "precision": tp / int(p.sum()) if p.sum() else 0.0, "recall": tp / int(m["y"].sum()) if m["y"].sum() else 0.0}
