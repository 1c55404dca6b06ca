"""Seeded data for the D3.2 built-in algorithms topic (no network).

* ``record_message_class()`` builds SageMaker's ``aialgs.data.Record`` protobuf message (the schema of
  ``record.proto`` in the SageMaker Python SDK) from its descriptor with the ``protobuf`` package, so no
  ``protoc`` step is needed. The schema, not a solution: learners fill it and frame it.
* ``make_d3_2_series`` a periodic sensor series with a few injected spikes (Random Cut Forest).
* ``make_d3_2_logins`` entity–IP login events, a small share from foreign networks (IP Insights).
* ``make_d3_2_corpus`` documents drawn from known topic–word distributions (LDA / NTM).
* ``make_d3_2_scene`` a small synthetic image with labelled boxes and a per-pixel mask (detection, segmentation).
"""

from __future__ import annotations

from functools import cache

import numpy as np


@cache
def record_message_class():
    """The ``Record`` message class of SageMaker's RecordIO-protobuf format (``aialgs.data`` package, proto2)."""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    fdp = descriptor_pb2.FileDescriptorProto(name="record.proto", package="aialgs.data", syntax="proto2")
    F = descriptor_pb2.FieldDescriptorProto
    for name, vtype in (("Float32Tensor", F.TYPE_FLOAT), ("Float64Tensor", F.TYPE_DOUBLE), ("Int32Tensor", F.TYPE_INT32)):
        m = fdp.message_type.add(name=name)
        m.field.add(name="values", number=1, type=vtype, label=F.LABEL_REPEATED).options.packed = True
        m.field.add(name="keys", number=2, type=F.TYPE_UINT64, label=F.LABEL_REPEATED).options.packed = True
        m.field.add(name="shape", number=3, type=F.TYPE_UINT64, label=F.LABEL_REPEATED).options.packed = True
    b = fdp.message_type.add(name="Bytes")
    b.field.add(name="value", number=1, type=F.TYPE_BYTES, label=F.LABEL_REPEATED)
    b.field.add(name="content_type", number=2, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
    v = fdp.message_type.add(name="Value")
    v.oneof_decl.add(name="value")
    for name, number, type_name in (("float32_tensor", 2, "Float32Tensor"), ("float64_tensor", 3, "Float64Tensor"),
                                    ("int32_tensor", 7, "Int32Tensor"), ("bytes", 9, "Bytes")):
        v.field.add(name=name, number=number, type=F.TYPE_MESSAGE, type_name=".aialgs.data." + type_name,
                    label=F.LABEL_OPTIONAL, oneof_index=0)
    r = fdp.message_type.add(name="Record")
    for name, number in (("features", 1), ("label", 2)):
        entry = r.nested_type.add(name=name.capitalize() + "Entry")
        entry.options.map_entry = True
        entry.field.add(name="key", number=1, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
        entry.field.add(name="value", number=2, type=F.TYPE_MESSAGE, type_name=".aialgs.data.Value",
                        label=F.LABEL_OPTIONAL)
        r.field.add(name=name, number=number, type=F.TYPE_MESSAGE,
                    type_name=".aialgs.data.Record." + entry.name, label=F.LABEL_REPEATED)
    for name, number in (("uid", 3), ("metadata", 4), ("configuration", 5)):
        r.field.add(name=name, number=number, type=F.TYPE_STRING, label=F.LABEL_OPTIONAL)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fdp)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("aialgs.data.Record"))


def make_d3_2_series(seed: int = 0, n: int = 1200, period: int = 48, n_anomalies: int = 5):
    """A daily-cycle sensor series and the positions of ``n_anomalies`` injected spikes or dips."""
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    y = 10 + 3 * np.sin(2 * np.pi * t / period) + rng.normal(0, 0.3, n)
    idx = np.sort(rng.choice(np.arange(period, n - period), size=n_anomalies, replace=False))
    y[idx] += rng.choice([-1, 1], n_anomalies) * rng.uniform(3.0, 5.0, n_anomalies)
    return y, idx


def _ip(rng, prefix):
    return f"{prefix}.{int(rng.integers(1, 255))}"


def make_d3_2_logins(seed: int = 0, n_users: int = 60, n_train: int = 3000, n_test: int = 1000,
                     foreign_share: float = 0.1, new_share: float = 0.2):
    """Login events ``(train, test)``: train rows ``(user, ip)``; test rows ``(user, ip, foreign)``.

    Each user logs in from two or three home /24 networks; a foreign test login comes from a network that
    other users use but this user never did; a share ``new_share`` of the normal test logins comes from a network
    of the user's own community that this user has not used before (plausible, not foreign)."""
    rng = np.random.default_rng(seed)
    nets = [f"{int(a)}.{int(b)}.{int(c)}" for a, b, c in zip(rng.integers(11, 223, 150), rng.integers(0, 256, 150),
                                                              rng.integers(0, 256, 150))]
    nets = list(dict.fromkeys(nets))
    # users come in communities that share networks (an office, a region): the latent structure IP Insights learns
    n_comm = 6
    comm_nets = [nets[i * 8:(i + 1) * 8] for i in range(n_comm)]
    users = [f"user_{i:03d}" for i in range(n_users)]
    home = {}
    for i, u in enumerate(users):
        pool = comm_nets[i % n_comm]
        home[u] = list(rng.choice(pool, size=3, replace=False))
    train = []
    for _ in range(n_train):
        u = users[int(rng.integers(n_users))]
        train.append((u, _ip(rng, home[u][int(rng.integers(len(home[u])))])))
    test = []
    for _ in range(n_test):
        i = int(rng.integers(n_users))
        u = users[i]
        r = rng.random()
        if r < foreign_share:
            other = comm_nets[(i % n_comm + 1 + int(rng.integers(n_comm - 1))) % n_comm]
            test.append((u, _ip(rng, other[int(rng.integers(len(other)))]), 1))
        elif r < foreign_share + new_share:     # a network of the user's own community, new to this user
            fresh = [net for net in comm_nets[i % n_comm] if net not in home[u]]
            test.append((u, _ip(rng, fresh[int(rng.integers(len(fresh)))]), 0))
        else:
            test.append((u, _ip(rng, home[u][int(rng.integers(len(home[u])))]), 0))
    return train, test


def make_d3_2_corpus(seed: int = 0, n_docs: int = 300, n_topics: int = 4, words_per_topic: int = 12,
                     doc_len: int = 60):
    """``(docs, vocab, topic_word)``: space-separated documents, the vocabulary, the true topic–word matrix."""
    rng = np.random.default_rng(seed)
    syll = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "de", "po", "ga", "ze"]
    vocab = []
    while len(vocab) < n_topics * words_per_topic:
        w = "".join(rng.choice(syll, size=3))
        if w not in vocab:
            vocab.append(w)
    V = len(vocab)
    topic_word = np.full((n_topics, V), 0.02 / V)
    for k in range(n_topics):
        topic_word[k, k * words_per_topic:(k + 1) * words_per_topic] += rng.dirichlet(np.ones(words_per_topic) * 2)
    topic_word /= topic_word.sum(axis=1, keepdims=True)
    docs = []
    for _ in range(n_docs):
        theta = rng.dirichlet(np.full(n_topics, 0.3))
        z = rng.choice(n_topics, size=doc_len, p=theta)
        words = [vocab[int(rng.choice(V, p=topic_word[k]))] for k in z]
        docs.append(" ".join(words))
    return docs, vocab, topic_word


def make_d3_2_scene(seed: int = 0, size: int = 32, n_objects: int = 3, n_classes: int = 3):
    """``(mask, boxes)``: an integer mask (0 = background, 1..n_classes = object class) and the objects'
    boxes as ``(class, x_min, y_min, x_max, y_max)`` in pixel-edge coordinates (``x_max`` exclusive)."""
    rng = np.random.default_rng(seed)
    mask = np.zeros((size, size), dtype=int)
    boxes = []
    for _ in range(n_objects):
        w, h = (int(v) for v in rng.integers(5, size // 2, 2))
        x0, y0 = int(rng.integers(0, size - w)), int(rng.integers(0, size - h))
        c = int(rng.integers(1, n_classes + 1))
        mask[y0:y0 + h, x0:x0 + w] = c
        boxes.append((c, x0, y0, x0 + w, y0 + h))
    return mask, boxes
