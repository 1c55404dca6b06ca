def choose_builtin(s):
    if s["output"] == "anomaly_score":
        return "random-cut-forest"
    table = {
        ("images", "label_per_image"): "image-classification", ("images", "boxes"): "object-detection",
        ("images", "label_per_pixel"): "semantic-segmentation", ("text", "label_per_document"): "blazingtext",
        ("text", "word_vectors"): "blazingtext", ("text", "sequence"): "seq2seq", ("pairs", "relation"): "object2vec",
        ("tabular", "clusters"): "kmeans", ("tabular", "components"): "pca",
    }
    return table[(s["data"], s["output"])]
