def choose_builtin(s):
    d, o = s["data"], s["output"]
    if d == "images":
        return {"label_per_image": "image-classification", "boxes": "object-detection"}.get(o, "semantic-segmentation")
    if d == "text":
        return "seq2seq" if o == "sequence" else "blazingtext"
    if d == "pairs":
        return "object2vec"
    if d == "entity_ip":
        return "ip-insights"
    if o == "clusters":
        return "kmeans"
    if o == "components":
        return "pca"
    return "random-cut-forest"
