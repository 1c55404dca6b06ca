"""A synthetic review corpus for transfer learning with few labels (D3.3.3).

A large unlabelled corpus shows each sentiment word next to its own kind of context words ("glad", "again" for
praise; "refund", "broke" for complaints). A tiny labelled set uses only a few sentiment words; the test reviews
use the others. A bag-of-words model trained on the labelled set has never seen the test words; a representation
learned from the unlabelled corpus places them next to the words it has seen.
"""

from __future__ import annotations

import numpy as np

POSITIVE = ["superb", "delightful", "excellent", "wonderful", "brilliant", "lovely", "fantastic", "splendid",
            "terrific", "marvelous", "flawless", "stellar"]
NEGATIVE = ["awful", "dreadful", "terrible", "horrible", "lousy", "shoddy", "faulty", "useless", "flimsy",
            "defective", "miserable", "atrocious"]
POS_CONTEXT = ["glad", "again", "thanks", "enjoy", "gift", "proud", "smile", "keeper"]
NEG_CONTEXT = ["refund", "return", "broke", "never", "waste", "complaint", "cracked", "annoyed"]
FILLER = ["phone", "battery", "screen", "case", "cable", "box", "charger", "price", "delivery", "colour",
          "size", "button", "strap", "lid", "sound", "light", "app", "manual", "week", "day"]


def _sentence(rng, word, context):
    parts = list(rng.choice(FILLER, size=int(rng.integers(2, 5)))) + [word] + list(rng.choice(context, size=2))
    rng.shuffle(parts)
    return " ".join(parts)


def make_transfer_task(seed: int = 0, n_unlabelled: int = 3000, n_seen: int = 3, n_few: int = 10,
                       n_test: int = 300) -> dict:
    """Unlabelled sentences, a few labelled reviews using only `n_seen` words per class, and test reviews that use the others."""
    rng = np.random.default_rng(seed)
    sentences = []
    for _ in range(n_unlabelled):
        if rng.random() < 0.5:
            sentences.append(_sentence(rng, str(rng.choice(POSITIVE)), POS_CONTEXT))
        else:
            sentences.append(_sentence(rng, str(rng.choice(NEGATIVE)), NEG_CONTEXT))
    pos, neg = list(rng.permutation(POSITIVE)), list(rng.permutation(NEGATIVE))
    seen = (pos[:n_seen], neg[:n_seen])
    unseen = (pos[n_seen:], neg[n_seen:])

    def review(words, label):
        body = list(rng.choice(FILLER, size=int(rng.integers(2, 5)))) + [str(w) for w in rng.choice(words[label], size=2)]
        rng.shuffle(body)
        return " ".join(body)

    few_y = np.array([i % 2 for i in range(n_few)])
    few = [review(seen, 1 - y) for y in few_y]              # label 1 = positive: words[0] holds the positive words
    test_y = rng.integers(0, 2, size=n_test)
    test = [review(unseen, 1 - y) for y in test_y]
    return {"unlabelled": sentences, "few_texts": few, "few_y": few_y, "test_texts": test, "test_y": test_y}
