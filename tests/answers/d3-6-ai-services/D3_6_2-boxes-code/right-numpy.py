def boxes_to_pixels(resp, width, height, min_confidence=0.0):
    rows = [(lab["Name"], i["Confidence"], i["BoundingBox"]) for lab in resp["Labels"] for i in lab["Instances"]
            if i["Confidence"] >= min_confidence]
    out = pd.DataFrame({"Name": [r[0] for r in rows], "Confidence": [r[1] for r in rows]})
    for col, f in [("left", lambda b: b["Left"] * width), ("top", lambda b: b["Top"] * height),
                   ("right", lambda b: (b["Left"] + b["Width"]) * width),
                   ("bottom", lambda b: (b["Top"] + b["Height"]) * height)]:
        out[col] = [int(round(f(r[2]))) for r in rows]
    return out


def iou(a, b):
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    area = lambda r: (r[2] - r[0]) * (r[3] - r[1])
    return inter / (area(a) + area(b) - inter)
