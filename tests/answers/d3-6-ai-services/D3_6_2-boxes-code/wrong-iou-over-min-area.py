def boxes_to_pixels(resp, width, height, min_confidence=0.0):
    rows = []
    for label in resp["Labels"]:
        for inst in label["Instances"]:
            if inst["Confidence"] >= min_confidence:
                b = inst["BoundingBox"]
                rows.append({"Name": label["Name"], "Confidence": inst["Confidence"],
                             "left": round(b["Left"] * width), "top": round(b["Top"] * height),
                             "right": round((b["Left"] + b["Width"]) * width),
                             "bottom": round((b["Top"] + b["Height"]) * height)})
    return pd.DataFrame(rows, columns=["Name", "Confidence", "left", "top", "right", "bottom"])


def iou(a, b):
    w = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    return w * h / min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))   # overlap coefficient
