def choose_builtin(s):
    table = {
        ("images", "label_per_image"): "image-classification", ("images", "boxes"): "object-detection",
        ("images", "label_per_pixel"): "semantic-segmentation", ("text", "label_per_document"): "blazingtext",
        ("text", "word_vectors"): "object2vec", ("text", "sequence"): "seq2seq", ("pairs", "relation"): "object2vec",
        ("entity_ip", "anomaly_score"): "ip-insights", ("tabular", "clusters"): "kmeans",
        ("tabular", "components"): "pca", ("tabular", "anomaly_score"): "random-cut-forest",
        ("time_series", "anomaly_score"): "random-cut-forest",
    }
    return table[(s["data"], s["output"])]
