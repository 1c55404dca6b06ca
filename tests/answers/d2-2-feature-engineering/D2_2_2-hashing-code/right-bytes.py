import hashlib

import numpy as np


def hash_bucket(values, n_buckets):
    out = []
    for v in values:
        h = int.from_bytes(hashlib.md5(f"{v}".encode()).digest(), "big")
        out.append(h % n_buckets)
    return np.asarray(out, dtype=np.int64)
