# expect: D2_2_2-hashing
import hashlib

import numpy as np


def hash_bucket(values, n_buckets):
    return np.array([hashlib.md5(str(v).encode("utf-8")).digest()[0] % n_buckets for v in values])
