# expect: D2_2_2-hashing
import numpy as np


def hash_bucket(values, n_buckets):
    return np.array([hash(str(v)) % n_buckets for v in values])
