"""Short product reviews built from templates, with planted synonym groups.

Words of one synonym group are used interchangeably in the same contexts, so a
distributional embedding learned from this corpus should place them close
together.  Used by the D2.2 text-features exercise::

    >>> from mlsc01.datagen.reviews import make_reviews
    >>> df, groups = make_reviews(seed=0)     # df: text, label (1 = positive); groups: list of word lists

``scramble=True`` replaces every word by a made-up word (the same made-up word
each time within one call), which gives a corpus with the same structure but a
vocabulary nobody has seen before.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PRODUCTS = {
    "phone": (["phone", "handset", "smartphone"], ["battery", "screen", "charger", "camera"]),
    "laptop": (["laptop", "notebook", "ultrabook"], ["keyboard", "trackpad", "fan", "hinge"]),
    "audio": (["headphones", "earphones", "headset"], ["bass", "cushions", "cable", "microphone"]),
}
POSITIVE = ["great", "excellent", "superb", "fantastic"]
NEGATIVE = ["awful", "terrible", "dreadful", "horrible"]
BOUGHT = ["bought", "purchased", "ordered"]
WHEN = ["week", "month", "year", "spring", "summer"]
WHO = ["my", "our"]

TEMPLATES = [
    "i {bought} this {product} last {when} and the {part} is {adj}",
    "the {part} on this {product} is {adj}",
    "{adj} {product} , the {part} feels {adj2}",
    "we {bought} a {product} for {who} office , {adj} {part}",
    "honestly the {part} of the {product} is {adj} and the {part2} is {adj2}",
    "this {product} has a {adj} {part} , would say {adj2} overall",
]
NOT_TEMPLATE = "the {part} of this {product} is not {pos} at all"


def _groups() -> list[list[str]]:
    return [g for g, _ in PRODUCTS.values()] + [POSITIVE, NEGATIVE, BOUGHT]


def _scrambler(rng: np.random.Generator, words: list[str]) -> dict[str, str]:
    cons, vows = list("bdfgklmnprstvz"), list("aeiou")
    out: dict[str, str] = {}
    used: set[str] = set()
    for w in sorted(words):
        while True:
            k = int(rng.integers(2, 4))
            fake = "".join(rng.choice(cons) + rng.choice(vows) for _ in range(k)) + rng.choice(cons)
            if fake not in used:
                used.add(fake)
                out[w] = fake
                break
    return out


def make_reviews(seed: int = 0, n: int = 600, scramble: bool = False):
    """``(df, groups)``: ``n`` reviews with columns ``text`` and ``label`` (1 positive, 0 negative),
    and the planted synonym groups (lists of words, scrambled too when ``scramble``)."""
    rng = np.random.default_rng(seed)
    keys = list(PRODUCTS)
    texts, labels = [], []
    for _ in range(n):
        fam = PRODUCTS[keys[int(rng.integers(len(keys)))]]
        positive = bool(rng.random() < 0.5)
        if rng.random() < 0.15:            # negation: a positive word in a negative review
            t = NOT_TEMPLATE.format(part=rng.choice(fam[1]), product=rng.choice(fam[0]), pos=rng.choice(POSITIVE))
            texts.append(t)
            labels.append(0)
            continue
        adjs = POSITIVE if positive else NEGATIVE
        if rng.random() < 0.1:              # mixed wording, label follows the first adjective
            adj2_pool = NEGATIVE if positive else POSITIVE
        else:
            adj2_pool = adjs
        parts = rng.choice(fam[1], size=2, replace=False)
        t = TEMPLATES[int(rng.integers(len(TEMPLATES)))].format(
            bought=rng.choice(BOUGHT), product=rng.choice(fam[0]), when=rng.choice(WHEN), who=rng.choice(WHO),
            part=parts[0], part2=parts[1], adj=rng.choice(adjs), adj2=rng.choice(adj2_pool))
        if rng.random() < 0.3:
            t = t.capitalize() + rng.choice([".", "!", "!!"])
        texts.append(t)
        labels.append(int(positive))
    groups = _groups()
    if scramble:
        vocab = sorted({w for t in texts for w in t.lower().replace("!", " ").replace(".", " ").replace(",", " ").split()})
        mapping = _scrambler(np.random.default_rng(seed + 10_007), vocab)
        texts = [" ".join(mapping.get(w.lower().strip("!.,"), w) for w in t.split()) for t in texts]
        groups = [[mapping[w] for w in g if w in mapping] for g in groups]
    return pd.DataFrame({"text": pd.Series(texts, dtype="str"), "label": np.array(labels, dtype=int)}), groups
