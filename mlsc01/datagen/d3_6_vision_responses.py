"""Amazon Rekognition-shaped responses for the D3.6 lesson and exercise (goal D3.6.2).

    >>> from mlsc01.datagen.d3_6_vision_responses import make_labels_response, make_moderation_response
    >>> resp = make_labels_response(seed=0)        # DetectLabels: labels, parents, instances with boxes
    >>> mod = make_moderation_response(seed=0)     # DetectModerationLabels: a three-level taxonomy

Boxes are ratios of the image size (Left, Top, Width, Height in 0..1), as the service returns them. In a
moderation response every label's ancestors are listed too (``ParentName`` names the parent, "" at the top
level), each with its own confidence, which can be lower than its child's.
"""

from __future__ import annotations

import numpy as np

_OBJECTS = {"Car": ["Vehicle", "Transportation"], "Person": [], "Dog": ["Animal", "Pet"], "Bicycle": ["Vehicle"],
            "Bottle": [], "Chair": ["Furniture"], "Cat": ["Animal", "Pet"], "Truck": ["Vehicle", "Transportation"]}
_SCENES = ["Road", "City", "Outdoors", "Street", "Indoors", "Park"]

# child -> parent; "" marks a top-level category (a subset of Rekognition's moderation taxonomy)
MODERATION_TAXONOMY = {
    "Violence": "", "Weapons": "Violence", "Graphic Violence": "Violence", "Weapon Violence": "Graphic Violence",
    "Physical Violence": "Graphic Violence",
    "Alcohol": "", "Alcohol Use": "Alcohol", "Drinking": "Alcohol Use", "Alcoholic Beverages": "Alcohol",
    "Drugs & Tobacco": "", "Products": "Drugs & Tobacco", "Pills": "Products", "Smoking": "Drugs & Tobacco",
    "Rude Gestures": "", "Middle Finger": "Rude Gestures",
    "Gambling": "",
    "Swimwear or Underwear": "", "Female Swimwear or Underwear": "Swimwear or Underwear",
    "Male Swimwear or Underwear": "Swimwear or Underwear",
}


def _level(name: str) -> int:
    k = 1
    while MODERATION_TAXONOMY[name]:
        name = MODERATION_TAXONOMY[name]
        k += 1
    return k


def _box(rng) -> dict:
    w, h = rng.uniform(0.03, 0.6), rng.uniform(0.03, 0.6)
    return {"Width": float(round(w, 6)), "Height": float(round(h, 6)),
            "Left": float(round(rng.uniform(0, 1 - w), 6)), "Top": float(round(rng.uniform(0, 1 - h), 6))}


def make_labels_response(seed: int = 0, n_objects: int | None = None) -> dict:
    """A DetectLabels response: object labels with instances (boxes as ratios) and scene labels without."""
    rng = np.random.default_rng(seed)
    k = int(rng.integers(1, 5)) if n_objects is None else n_objects
    labels = []
    for name in rng.choice(list(_OBJECTS), size=k, replace=False):
        inst = [{"BoundingBox": _box(rng), "Confidence": float(round(rng.uniform(50, 99.9), 4))}
                for _ in range(int(rng.integers(1, 4)))]
        labels.append({"Name": str(name), "Confidence": max(i["Confidence"] for i in inst), "Instances": inst,
                       "Parents": [{"Name": p} for p in _OBJECTS[str(name)]]})
    for name in rng.choice(_SCENES, size=int(rng.integers(0, 3)), replace=False):
        labels.append({"Name": str(name), "Confidence": float(round(rng.uniform(55, 99.9), 4)), "Instances": [],
                       "Parents": []})
    order = rng.permutation(len(labels))
    return {"Labels": [labels[i] for i in order], "LabelModelVersion": "3.0"}


def make_moderation_response(seed: int = 0, max_labels: int = 4) -> dict:
    """A DetectModerationLabels response: 0..max_labels leaf labels drawn from the taxonomy, plus their ancestors."""
    rng = np.random.default_rng(seed)
    names = list(MODERATION_TAXONOMY)
    conf: dict[str, float] = {}
    for name in rng.choice(names, size=int(rng.integers(0, max_labels + 1)), replace=False):
        c = float(round(rng.choice([rng.uniform(50, 70), rng.uniform(70, 90), rng.uniform(90, 99.9)]), 3))
        conf[str(name)] = max(conf.get(str(name), 0.0), c)
        parent = MODERATION_TAXONOMY[str(name)]
        while parent:
            pc = float(round(rng.uniform(50, 99.9), 3))
            conf[parent] = max(conf.get(parent, 0.0), pc)
            parent = MODERATION_TAXONOMY[parent]
    labels = [{"Confidence": c, "Name": n, "ParentName": MODERATION_TAXONOMY[n], "TaxonomyLevel": _level(n)}
              for n, c in conf.items()]
    order = rng.permutation(len(labels))
    return {"ModerationLabels": [labels[i] for i in order], "ModerationModelVersion": "7.0"}


def make_faces_response(seed: int = 0, n_faces: int = 3) -> dict:
    """A DetectFaces response (default attributes): a box, a confidence and the pose per face."""
    rng = np.random.default_rng(seed)
    faces = [{"BoundingBox": _box(rng), "Confidence": float(round(rng.uniform(90, 99.99), 4)),
              "Pose": {"Roll": float(round(rng.uniform(-30, 30), 2)), "Yaw": float(round(rng.uniform(-60, 60), 2)),
                       "Pitch": float(round(rng.uniform(-30, 30), 2))},
              "Quality": {"Brightness": float(round(rng.uniform(30, 90), 2)),
                          "Sharpness": float(round(rng.uniform(20, 95), 2))}} for _ in range(n_faces)]
    return {"FaceDetails": faces}


def make_text_response(seed: int = 0, words=("SPEED", "LIMIT", "50")) -> dict:
    """A DetectText response: one LINE and its WORDs (ParentId links a word to its line)."""
    rng = np.random.default_rng(seed)
    dets = [{"DetectedText": " ".join(words), "Type": "LINE", "Id": 0, "Confidence": float(round(rng.uniform(90, 99.9), 3)),
             "Geometry": {"BoundingBox": _box(rng)}}]
    for i, w in enumerate(words):
        dets.append({"DetectedText": w, "Type": "WORD", "Id": i + 1, "ParentId": 0,
                     "Confidence": float(round(rng.uniform(80, 99.9), 3)), "Geometry": {"BoundingBox": _box(rng)}})
    return {"TextDetections": dets, "TextModelVersion": "3.0"}
