"""Crowd annotations as a labeling job returns them: several workers label each item, some badly.

``make_crowd_labels(seed)`` returns a long table with one row per (item, worker) annotation::

    item  worker  label
    17    w3      2
    17    w6      2
    17    w1      0
    ...

Items are ``0 .. n_items-1``; every item is labelled by ``per_item`` distinct workers drawn at
random from ``n_workers``; labels are ``0 .. n_classes-1``. Most workers are fairly reliable
(each with their own confusion matrix); ``n_spammers`` of them answer without looking: one
picks uniformly at random, the next always gives the same class, and so on alternately. The
rows come in random order.

With ``manifest=True`` it also returns ``{"truth": pd.Series (item -> true label),
"confusion": {worker: (K, K) array, row = true class, column = given label},
"spammers": [worker, ...], "prior": array}``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def _worker_confusion(rng, k: int, accuracy: float) -> np.ndarray:
    conf = np.empty((k, k))
    for j in range(k):
        off = rng.dirichlet(np.ones(k - 1) * 0.7) * (1 - accuracy)
        conf[j] = np.insert(off, j, accuracy)
    return conf


def make_crowd_labels(seed: int = 0, n_items: int = 400, n_classes: int = 3, n_workers: int = 7,
                      per_item: int = 3, n_spammers: int = 2, *, manifest: bool = False):
    """Annotations of ``n_items`` items by a crowd of ``n_workers``; see the module docstring."""
    if not 1 <= per_item <= n_workers:
        raise ValueError("per_item must be between 1 and n_workers")
    rng = np.random.default_rng(seed)
    k = n_classes
    prior = np.sort(rng.dirichlet(np.ones(k) * 4))[::-1]
    truth = rng.choice(k, n_items, p=prior)
    workers = [f"w{i + 1}" for i in range(n_workers)]
    spammers = list(rng.choice(workers, n_spammers, replace=False)) if n_spammers else []
    confusion = {}
    for w in workers:
        if w in spammers:
            if spammers.index(w) % 2 == 0:
                confusion[w] = np.full((k, k), 1.0 / k)                    # random clicker
            else:
                confusion[w] = np.zeros((k, k))
                confusion[w][:, rng.integers(k)] = 1.0                     # always the same class
        else:
            confusion[w] = _worker_confusion(rng, k, rng.uniform(0.62, 0.92))
    # per_item distinct workers per item: the first per_item of a random permutation
    who = np.argsort(rng.random((n_items, n_workers)), axis=1)[:, :per_item].ravel()
    item = np.repeat(np.arange(n_items), per_item)
    conf = np.stack([confusion[w] for w in workers])                   # (W, K, K)
    cum = conf[who, truth[item]].cumsum(axis=1)                        # each row's label distribution
    label = (rng.random(len(item))[:, None] > cum).sum(axis=1).clip(0, k - 1)
    ann = pd.DataFrame({"item": item, "worker": np.array(workers)[who], "label": label})
    ann = ann.iloc[rng.permutation(len(ann))].reset_index(drop=True)
    ann["worker"] = ann["worker"].astype("str")
    if not manifest:
        return ann
    return ann, {"truth": pd.Series(truth, index=pd.RangeIndex(n_items, name="item"), name="label"),
                 "confusion": confusion, "spammers": sorted(spammers), "prior": prior}
