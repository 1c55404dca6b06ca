def od_annotation(file, width, height, boxes):
    anns = []
    for c, x0, y0, x1, y1 in boxes:
        anns.append(dict(class_id=int(c), left=int(x0), top=int(y0), width=int(x1) - int(x0), height=int(y1) - int(y0)))
    return dict(file=file, image_size=[dict(width=int(width), height=int(height), depth=3)], annotations=anns)


def iou(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    lo = np.maximum(a[:2], b[:2])
    hi = np.minimum(a[2:], b[2:])
    inter = float(np.prod(np.clip(hi - lo, 0, None)))
    area = lambda r: float(np.prod(r[2:] - r[:2]))
    return inter / (area(a) + area(b) - inter)


def nms(boxes, scores, classes, iou_threshold=0.5):
    keep = []
    for cls in set(classes):
        idx = sorted([i for i in range(len(boxes)) if classes[i] == cls], key=lambda i: scores[i], reverse=True)
        kept_c = []
        for i in idx:
            if all(iou(boxes[i], boxes[j]) <= iou_threshold for j in kept_c):
                kept_c.append(i)
        keep += kept_c
    return keep
