"""Throwaway builder for the D1.1 exercise, part 2 (run: .venv/bin/python scripts_d11/build_part2.py)."""
from mlsc01.authoring import code, md, readonly, solution, tests, write_notebook

A = "d1-1-data-storage-ingestion"
L = f"../lessons/{A}.ipynb"
cells = []
cells.append(md(f"""
# D1.1 Data storage and ingestion, part 2: shards, partition keys, Firehose buffers, the ingestion pattern

*Estimated time: about 95 minutes.*

Part 2 of 2 of the D1.1 exercise (part 1: [the S3 lake, pruning, storage classes and lifecycle]({A}-part1.ipynb)).
Read the [lesson]({L}) first; each exercise links the section it relies on. Six graded checks, from easy to harder:

| exercise | goal | what you build | check id |
|---|---|---|---|
| 1.1 | D1.1.2 streaming ingestion | `required_shards`: shards from the per-shard limits | `D1_1_2-required-shards` |
| 1.2 | D1.1.2 | `shard_for_key`: which shard a partition key lands on | `D1_1_2-shard-for-key` |
| 1.3 | D1.1.2 | `simulate_firehose`: buffering hints on an event log | `D1_1_2-firehose-buffer` |
| 1.4 | D1.1.2 | `stream_requests`: CreateStream and CreateDeliveryStream | `D1_1_2-stream-requests` |
| 2.1 | D1.1.3 ingestion pattern | `choose_ingestion`: batch, micro-batch or streaming | `D1_1_3-choose-ingestion` |
| 2.2 | D1.1.3 | `data_age_p95`: how old the data is when its consumer uses it | `D1_1_3-data-age` |

**How this notebook works.** Write your code in the cells that say `raise NotImplementedError()`, run that
cell, then run the check cell under it. A check prints one line: `✓ pass`, `✗ wrong: <what is wrong>` or
`… not attempted yet`; hidden checks on fresh data run when the notebook is graded. **Run All** runs the whole
notebook even when a check fails. Stuck? `hint("<check id>")` prints a hint, `hint("<check id>", 2)` a bigger one;
`reveal("<check id>")` prints the reference solution, and your progress report notes that you looked.

*Names and status:* Amazon Data Firehose was called Amazon Kinesis Data Firehose until 2024 (its API is still
`firehose`, [AWS CLI reference](https://docs.aws.amazon.com/cli/latest/reference/firehose/index.html)); Kinesis
Data Analytics for SQL applications [has been discontinued](https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_Reference.html),
and AWS names Amazon Managed Service for Apache Flink instead. Everything here runs locally; moto, a local fake of the
AWS APIs, routes Kinesis records to shards the way Kinesis does. Run the setup cell first.
"""))
cells.append(code("""
import hashlib
import math
import os

import numpy as np
import pandas as pd

from mlsc01.checks import exercise, expect, expect_close, expect_equal_sets
from mlsc01.hints import hint
from mlsc01.solutions import reveal
from mlsc01.awsrequest import request_problems
from mlsc01.datagen.d1_1_ingest_events import make_d1_1_arrivals, make_d1_1_keys

# Kinesis Data Streams, per shard (AWS: https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html)
SHARD_WRITE_MB_S = 1          # write: 1 MB/s ...
SHARD_WRITE_RECORDS_S = 1000  # ... or 1,000 records/s
SHARD_READ_MB_S = 2           # read: 2 MB/s, shared by polling consumers; with enhanced fan-out, 2 MB/s per consumer
KB_PER_MB = 1024
"""))
cells.append(md(f"""
---
## 1. Kinesis Data Streams and Amazon Data Firehose (D1.1.2)

### Exercise 1.1: how many shards ([lesson §3.1]({L}#3.1-Sizing-a-stream-from-the-shard-limits))

A provisioned stream needs enough shards for its **write** side (1 MB/s *or* 1,000 records/s per shard, whichever
binds first) and its **read** side (2 MB/s per shard shared by all polling consumers; with enhanced fan-out each
registered consumer gets its own 2 MB/s per shard). Write
`required_shards(records_per_s, avg_record_kb, n_consumers, enhanced_fan_out)` that returns the smallest
whole number of shards that meets all three limits (and at least 1), with `MB = 1024 KB` and every consumer
reading the whole stream.
"""))
cells.append(solution("D1_1_2-required-shards-code", """
def required_shards(records_per_s, avg_record_kb, n_consumers, enhanced_fan_out):
    ### BEGIN SOLUTION
    mb_s = records_per_s * avg_record_kb / KB_PER_MB
    # equivalent-mutant: mb_s / SHARD_WRITE_MB_S → mb_s * SHARD_WRITE_MB_S: the write limit is 1 MB/s, and x / 1 == x * 1
    write = max(math.ceil(mb_s / SHARD_WRITE_MB_S), math.ceil(records_per_s / SHARD_WRITE_RECORDS_S))
    if enhanced_fan_out:
        return max(1, write)   # a dedicated 2 MB/s per consumer and shard never binds before the 1 MB/s write limit
    read = math.ceil(n_consumers * mb_s / SHARD_READ_MB_S)
    return max(1, write, read)
    ### END SOLUTION
"""))
cells.append(tests("D1_1_2-required-shards", 2, """
with exercise("D1_1_2-required-shards"):
    n = required_shards(500, 1, 1, False)
    expect(isinstance(n, (int, np.integer)), "return a whole number of shards (int)")
    expect(n == 1, "500 records/s of 1 KB with one consumer: the shard count is wrong")
    expect(required_shards(3000, 0.5, 1, False) == 3, "3,000 tiny records/s: the count ignores the records-per-second write limit")
    expect(required_shards(1000, 3, 1, False) == 3, "about 2.9 MB/s of writes: the count ignores the MB/s write limit")
    expect(required_shards(100, 10, 5, False) == 3, "five polling consumers: the count ignores that they share the read throughput")
    expect(required_shards(100, 10, 5, True) == 1, "with enhanced fan-out the count is wrong: each consumer has its own read throughput")
    ### BEGIN HIDDEN TESTS
    def _ref(r, kb, c, efo):
        mb = r * kb / 1024
        return max(1, math.ceil(mb), math.ceil(r / 1000), math.ceil((1 if efo else c) * mb / 2))
    edges = [(1000, 1, 1, False, 1), (1001, 0.1, 1, False, 2), (1000, 1, 1, False, 1), (512, 2, 1, False, 1), (513, 2, 1, False, 2), (1024, 1, 1, False, 2),
             (1024, 2, 2, False, 2), (1024, 2, 3, False, 3), (1024, 2, 9, True, 2), (1, 1, 1, True, 1),
             (0, 1, 1, False, 1), (0, 1, 3, True, 1), (4096, 1, 1, False, 5), (4000, 1, 1, False, 4), (512, 4, 4, False, 4), (512, 4, 4, True, 2)]
    for r, kb, c, efo, want in edges:
        expect(required_shards(r, kb, c, efo) == want, "a case exactly at a shard limit gives the wrong count")
    g = np.random.default_rng(4)
    for _ in range(300):
        r, kb, c, efo = int(g.integers(1, 60_000)), float(g.choice([0.2, 0.5, 1, 2, 5, 25, 100, 900])), int(g.integers(1, 8)), bool(g.random() < 0.5)
        expect(required_shards(r, kb, c, efo) == _ref(r, kb, c, efo), "a hidden (rate, size, consumers, fan-out) case gives the wrong count")
    for r, kb, c in ((800, 2, 1), (5000, 0.3, 3), (20_000, 3, 6)):
        base = required_shards(r, kb, c, False)
        expect(required_shards(2 * r, kb, c, False) >= base and required_shards(r, 2 * kb, c, False) >= base
               and required_shards(r, kb, c + 1, False) >= base and required_shards(r, kb, c, True) <= base,
               "more traffic or more polling consumers must never need fewer shards")
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
### Exercise 1.2: which shard a record lands on ([lesson §3.2]({L}#3.2-Partition-keys,-MD5-and-a-hot-shard))

Kinesis maps a record's partition key to a 128-bit integer with MD5 and writes the record to the shard whose
hash-key range (`StartingHashKey` .. `EndingHashKey`, both included, decimal strings) contains it. Write
`shard_for_key(partition_key, shards)` that returns the `ShardId` for a key, where `shards` is the list that
`ListShards` returns (each item has `ShardId` and `HashKeyRange`). Shards need not have equal ranges: after a
shard is split, they do not.
"""))
cells.append(readonly("D1_1_2-shard-list", """
# What ListShards returned for a 4-shard stream whose first shard was later split in two (open shards only)
EXAMPLE_SHARDS = [
    {"ShardId": "shardId-000000000001", "HashKeyRange": {"StartingHashKey": "85070591730234615865843651857942052864",
                                                          "EndingHashKey": "170141183460469231731687303715884105727"}},
    {"ShardId": "shardId-000000000002", "HashKeyRange": {"StartingHashKey": "170141183460469231731687303715884105728",
                                                          "EndingHashKey": "255211775190703847597530955573826158591"}},
    {"ShardId": "shardId-000000000003", "HashKeyRange": {"StartingHashKey": "255211775190703847597530955573826158592",
                                                          "EndingHashKey": "340282366920938463463374607431768211455"}},
    {"ShardId": "shardId-000000000004", "HashKeyRange": {"StartingHashKey": "0",
                                                          "EndingHashKey": "42535295865117307932921825928971026431"}},
    {"ShardId": "shardId-000000000005", "HashKeyRange": {"StartingHashKey": "42535295865117307932921825928971026432",
                                                          "EndingHashKey": "85070591730234615865843651857942052863"}},
]
"""))
cells.append(solution("D1_1_2-shard-for-key-code", """
def shard_for_key(partition_key, shards):
    ### BEGIN SOLUTION
    h = int(hashlib.md5(partition_key.encode("utf-8")).hexdigest(), 16)
    for shard in shards:
        rng = shard["HashKeyRange"]
        if int(rng["StartingHashKey"]) <= h <= int(rng["EndingHashKey"]):
            return shard["ShardId"]
    raise ValueError("no shard covers this hash key")
    ### END SOLUTION
"""))
cells.append(tests("D1_1_2-shard-for-key", 2, """
import warnings
import logging

with exercise("D1_1_2-shard-for-key"):
    got = shard_for_key("cust-00001", EXAMPLE_SHARDS)
    expect(got in {s["ShardId"] for s in EXAMPLE_SHARDS}, "return one of the ShardIds in `shards`")
    expect(got == "shardId-000000000004", "cust-00001 lands on the wrong shard")
    expect(shard_for_key("cust-00007", EXAMPLE_SHARDS) == "shardId-000000000002", "cust-00007 lands on the wrong shard")
    ### BEGIN HIDDEN TESTS
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing"); os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    logging.getLogger("botocore").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import boto3
        from moto import mock_aws
        with mock_aws():
            k = boto3.client("kinesis", region_name="eu-west-1")
            k.create_stream(StreamName="hidden", ShardCount=7)
            moto_shards = k.list_shards(StreamName="hidden")["Shards"][::-1]
            keys = make_d1_1_keys(seed=9, n=150, n_keys=10_000) + ["é-ü", "a" * 256]
            for kk in keys:
                where = k.put_record(StreamName="hidden", Data=b"{}", PartitionKey=kk)["ShardId"]
                expect(shard_for_key(kk, moto_shards) == where, "a key lands on another shard than Kinesis (moto) puts it")
    # uneven ranges, as after splits and merges: cut points drawn at random
    g = np.random.default_rng(31)
    cuts = sorted({0, *[int(x) * 2**66 for x in g.integers(1, 2**62, 6)], 2**128})
    uneven = [{"ShardId": f"shardId-{i:012d}", "HashKeyRange": {"StartingHashKey": str(a), "EndingHashKey": str(b - 1)}}
              for i, (a, b) in enumerate(zip(cuts[:-1], cuts[1:]))]
    g.shuffle(uneven)
    for kk in make_d1_1_keys(seed=10, n=300, n_keys=50_000):
        h = int(hashlib.md5(kk.encode()).hexdigest(), 16)
        want = next(s["ShardId"] for s in uneven if int(s["HashKeyRange"]["StartingHashKey"]) <= h <= int(s["HashKeyRange"]["EndingHashKey"]))
        expect(shard_for_key(kk, uneven) == want, "with uneven hash-key ranges a key lands on the wrong shard")
    edge = [{"ShardId": "lo", "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": str(int(hashlib.md5(b"cust-00001").hexdigest(), 16))}},
            {"ShardId": "hi", "HashKeyRange": {"StartingHashKey": str(int(hashlib.md5(b"cust-00001").hexdigest(), 16) + 1),
                                               "EndingHashKey": str(2**128 - 1)}}]
    expect(shard_for_key("cust-00001", edge) == "lo" and shard_for_key("cust-00001", edge[::-1]) == "lo",
           "a hash equal to EndingHashKey belongs to that shard (both ends are included)")
    h1 = int(hashlib.md5(b"cust-00001").hexdigest(), 16)
    edge2 = [{"ShardId": "lo", "HashKeyRange": {"StartingHashKey": "0", "EndingHashKey": str(h1 - 1)}},
             {"ShardId": "hi", "HashKeyRange": {"StartingHashKey": str(h1), "EndingHashKey": str(2**128 - 1)}}]
    expect(shard_for_key("cust-00001", edge2) == "hi" and shard_for_key("cust-00001", edge2[::-1]) == "hi",
           "a hash equal to StartingHashKey belongs to that shard (both ends are included)")
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
### Exercise 1.3: Firehose buffering, simulated ([lesson §3.3]({L}#3.3-Firehose-buffering-hints,-simulated))

Amazon Data Firehose buffers records and delivers a buffer (one S3 object) when the **first** of its two
buffering hints is met: the buffer holds `size_mb` MiB or more, or `interval_s` seconds have passed since the
buffer's first record arrived. Write `simulate_firehose(arrivals, size_mb, interval_s)`; `arrivals` has the
columns `t` (seconds, sorted) and `bytes`. Process the records in order:

1. If the buffer is not empty and the record arrives at or after `opened + interval_s` (`opened` = arrival time of
   the buffer's first record), first deliver the buffer at time `opened + interval_s` with reason `"interval"`.
2. Add the record to the buffer (if the buffer was empty, `opened` = this record's `t`).
3. If the buffer now holds `size_mb * 1024 * 1024` bytes or more, deliver it at this record's `t` with reason `"size"`.

At the end, deliver a non-empty buffer at `opened + interval_s` (`"interval"`). Return a DataFrame with one row per
delivery, in order, with the columns `t` (delivery time), `n_records`, `bytes` and `reason`. With
`interval_s = 0` (zero buffering) every record is delivered on its own as soon as it arrives.
"""))
cells.append(readonly("D1_1_2-arrivals-data", """
arrivals = make_d1_1_arrivals(seed=0)
print(len(arrivals), "records over", round(arrivals["t"].iloc[-1]), "s;", round(arrivals["bytes"].sum() / 2**20, 1), "MiB")
arrivals.head()
"""))
cells.append(solution("D1_1_2-firehose-buffer-code", """
def simulate_firehose(arrivals, size_mb, interval_s):
    ### BEGIN SOLUTION
    limit = size_mb * 1024 * 1024
    rows, n, size, opened = [], 0, 0, None
    for t, b in zip(arrivals["t"].to_numpy(), arrivals["bytes"].to_numpy()):
        if n and t >= opened + interval_s:
            rows.append((opened + interval_s, n, size, "interval"))
            n, size = 0, 0
        if n == 0:
            opened = t
        n, size = n + 1, size + int(b)
        if size >= limit:
            rows.append((t, n, size, "size"))
            n, size = 0, 0
    if n:
        rows.append((opened + interval_s, n, size, "interval"))
    return pd.DataFrame(rows, columns=["t", "n_records", "bytes", "reason"])
    ### END SOLUTION
"""))
cells.append(tests("D1_1_2-firehose-buffer", 3, """
def _check_flushes(out, arr, size_mb, interval_s, where=""):
    expect(isinstance(out, pd.DataFrame) and list(out.columns) == ["t", "n_records", "bytes", "reason"],
           "return a DataFrame with the columns t, n_records, bytes, reason")
    expect(int(out["n_records"].sum()) == len(arr) and int(out["bytes"].sum()) == int(arr["bytes"].sum()),
           f"every record must be delivered exactly once{where}")
    expect(set(out["reason"]) <= {"size", "interval"}, "reason is 'size' or 'interval'")
    expect(bool((np.diff(out["t"].to_numpy()) >= 0).all()), f"deliveries must be in time order{where}")


with exercise("D1_1_2-firehose-buffer"):
    toy = pd.DataFrame({"t": [0.0, 1.0, 2.0, 10.0, 11.0], "bytes": [600_000, 600_000, 10, 5, 5]})
    out = simulate_firehose(toy, 1, 5)
    _check_flushes(out, toy, 1, 5)
    expect(list(out["reason"]) == ["size", "interval", "interval"] and list(out["n_records"]) == [2, 1, 2],
           "on the toy log the deliveries (reasons or record counts) do not follow the two hints")
    expect(np.allclose(out["t"], [1.0, 7.0, 15.0]), "an interval delivery happens interval_s after the buffer's first record")
    zero = simulate_firehose(toy, 1, 0)
    expect(len(zero) == len(toy) and np.allclose(zero["t"], toy["t"]), "with interval_s = 0 every record is delivered alone, on arrival")
    ### BEGIN HIDDEN TESTS
    def _ref(arr, size_mb, interval_s):
        lim, rows, n, sz, op = size_mb * 1048576, [], 0, 0, None
        for t, b in zip(arr["t"], arr["bytes"]):
            if n and t >= op + interval_s:
                rows.append((op + interval_s, n, sz, "interval")); n = sz = 0
            if n == 0:
                op = t
            n += 1; sz += int(b)
            if sz >= lim:
                rows.append((t, n, sz, "size")); n = sz = 0
        if n:
            rows.append((op + interval_s, n, sz, "interval"))
        return pd.DataFrame(rows, columns=["t", "n_records", "bytes", "reason"])
    edge = pd.DataFrame({"t": [0.0, 5.0, 5.0, 9.0, 20.0], "bytes": [1048575, 1, 1048576, 3, 7]})
    cases = [(edge, 1, 5), (edge, 2, 9), (edge, 1, 0)]
    for seed, (sm, iv) in zip((1, 2, 3, 4, 5), ((1, 60), (5, 300), (3, 0), (128, 900), (2, 17))):
        cases.append((make_d1_1_arrivals(seed=seed, n=1500, mean_bytes=int(np.random.default_rng(seed).integers(500, 6000))), sm, iv))
    for arr, sm, iv in cases:
        got, ref = simulate_firehose(arr, sm, iv), _ref(arr, sm, iv)
        _check_flushes(got, arr, sm, iv, " on a hidden log")
        expect(len(got) == len(ref) and list(got["reason"]) == list(ref["reason"]),
               f"the deliveries (count or reason) differ from the rules for size_mb={sm}, interval_s={iv}")
        expect(np.allclose(got["t"].astype(float), ref["t"]) and (got["n_records"].to_numpy() == ref["n_records"].to_numpy()).all()
               and (got["bytes"].to_numpy() == ref["bytes"].to_numpy()).all(),
               f"delivery times or sizes differ from the rules for size_mb={sm}, interval_s={iv}")
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
### Exercise 1.4: the two requests ([lesson §3.4]({L}#3.4-CreateStream-and-CreateDeliveryStream))

Write `stream_requests(spec)` that returns a pair `(create_stream, create_delivery_stream)`: the parameters of
Kinesis `CreateStream` and of Firehose `CreateDeliveryStream` (what `boto3.client("kinesis").create_stream(**a)`
and `boto3.client("firehose").create_delivery_stream(**b)` take) for a **provisioned** stream read by a Firehose
stream that writes GZIP-compressed objects to S3. `spec` has the keys

`stream_name, records_per_s, avg_record_kb, n_consumers, enhanced_fan_out, delivery_name, stream_arn,
role_arn, bucket_arn, prefix, buffer_mb, buffer_s`.

* `CreateStream`: the name, `ShardCount` from your `required_shards` (the Firehose stream is one of the
  `n_consumers`), and the provisioned stream mode.
* `CreateDeliveryStream`: the name, the Kinesis stream as its source (`DeliveryStreamType` and the
  `KinesisStreamSourceConfiguration` with the stream ARN and the role), and an
  `ExtendedS3DestinationConfiguration` with the role, bucket ARN, prefix, `BufferingHints` (`SizeInMBs`,
  `IntervalInSeconds`) and `CompressionFormat`.
* For an S3 destination Firehose accepts a buffer size of 1–128 MiB and an interval of 0–900 s
  ([buffering hints page](https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html)): raise
  `ValueError` for values outside these ranges.
"""))
cells.append(readonly("D1_1_2-stream-spec", """
example_spec = {
    "stream_name": "clicks", "records_per_s": 2500, "avg_record_kb": 0.8, "n_consumers": 3, "enhanced_fan_out": False,
    "delivery_name": "clicks-to-lake", "stream_arn": "arn:aws:kinesis:eu-west-1:111122223333:stream/clicks",
    "role_arn": "arn:aws:iam::111122223333:role/firehose-clicks", "bucket_arn": "arn:aws:s3:::acme-ml-lake",
    "prefix": "raw/clicks/", "buffer_mb": 64, "buffer_s": 120,
}
"""))
cells.append(solution("D1_1_2-stream-requests-code", """
def stream_requests(spec):
    ### BEGIN SOLUTION
    if not 1 <= spec["buffer_mb"] <= 128:
        raise ValueError("SizeInMBs must be 1..128 for an S3 destination")
    if not 0 <= spec["buffer_s"] <= 900:
        raise ValueError("IntervalInSeconds must be 0..900 for an S3 destination")
    shards = required_shards(spec["records_per_s"], spec["avg_record_kb"], spec["n_consumers"], spec["enhanced_fan_out"])
    create_stream = {"StreamName": spec["stream_name"], "ShardCount": int(shards),
                     "StreamModeDetails": {"StreamMode": "PROVISIONED"}}
    create_delivery = {
        "DeliveryStreamName": spec["delivery_name"],
        "DeliveryStreamType": "KinesisStreamAsSource",
        "KinesisStreamSourceConfiguration": {"KinesisStreamARN": spec["stream_arn"], "RoleARN": spec["role_arn"]},
        "ExtendedS3DestinationConfiguration": {
            "RoleARN": spec["role_arn"], "BucketARN": spec["bucket_arn"], "Prefix": spec["prefix"],
            "BufferingHints": {"SizeInMBs": int(spec["buffer_mb"]), "IntervalInSeconds": int(spec["buffer_s"])},
            "CompressionFormat": "GZIP",
        },
    }
    return create_stream, create_delivery
    ### END SOLUTION
"""))
cells.append(tests("D1_1_2-stream-requests", 2, """
def _bad(spec):
    try:
        stream_requests(spec)
    except ValueError:
        return True
    return False


with exercise("D1_1_2-stream-requests"):
    out = stream_requests(example_spec)
    expect(isinstance(out, tuple) and len(out) == 2, "return a pair (create_stream, create_delivery_stream)")
    cs, cd = out
    p1, p2 = request_problems("kinesis", "CreateStream", cs), request_problems("firehose", "CreateDeliveryStream", cd)
    expect(not p1, "CreateStream does not match the Kinesis model: " + "; ".join(p1[:3]))
    expect(not p2, "CreateDeliveryStream does not match the Firehose model: " + "; ".join(p2[:3]))
    expect(cs.get("ShardCount") == required_shards(2500, 0.8, 3, False), "ShardCount does not follow the spec's traffic")
    expect(cs.get("StreamModeDetails", {}).get("StreamMode") == "PROVISIONED", "the stream must be provisioned")
    expect(cd.get("DeliveryStreamType") == "KinesisStreamAsSource", "the Firehose stream reads from the Kinesis stream")
    s3 = cd.get("ExtendedS3DestinationConfiguration", {})
    expect(s3.get("BufferingHints") == {"SizeInMBs": 64, "IntervalInSeconds": 120}, "BufferingHints do not follow buffer_mb and buffer_s")
    expect(s3.get("CompressionFormat") == "GZIP", "the objects must be GZIP-compressed")
    expect(_bad(dict(example_spec, buffer_mb=129)), "a 129 MiB buffer must raise ValueError")
    ### BEGIN HIDDEN TESTS
    for n, (r, kb, c, efo, mb, s) in enumerate(((9000, 2, 1, False, 1, 0), (400, 30, 4, True, 128, 900), (64000, 0.1, 2, False, 5, 300), (1000, 3, 3, False, 64, 60))):
        sp = dict(example_spec, stream_name=f"s{n}", delivery_name=f"d{n}", records_per_s=r, avg_record_kb=kb, n_consumers=c,
                  enhanced_fan_out=efo, buffer_mb=mb, buffer_s=s, prefix=f"raw/s{n}/",
                  stream_arn=f"arn:aws:kinesis:us-east-1:444455556666:stream/s{n}", role_arn=f"arn:aws:iam::444455556666:role/r{n}",
                  bucket_arn=f"arn:aws:s3:::lake-{n}")
        a, b = stream_requests(sp)
        expect(not request_problems("kinesis", "CreateStream", a) and not request_problems("firehose", "CreateDeliveryStream", b),
               "a hidden spec gives a request that does not match the models")
        expect(a["StreamName"] == f"s{n}" and a["ShardCount"] == required_shards(r, kb, c, efo), "StreamName or ShardCount ignores the spec")
        d = b["ExtendedS3DestinationConfiguration"]
        expect(b["DeliveryStreamName"] == f"d{n}" and d["BucketARN"] == f"arn:aws:s3:::lake-{n}" and d["Prefix"] == f"raw/s{n}/"
               and d["RoleARN"] == f"arn:aws:iam::444455556666:role/r{n}", "the destination ignores the spec")
        expect(b["KinesisStreamSourceConfiguration"] == {"KinesisStreamARN": sp["stream_arn"], "RoleARN": sp["role_arn"]},
               "the source configuration ignores the spec")
        expect(d["BufferingHints"] == {"SizeInMBs": mb, "IntervalInSeconds": s}, "BufferingHints at the range limits are not kept")
    for bad in ({"buffer_mb": 0}, {"buffer_s": -1}, {"buffer_s": 901}, {"buffer_mb": 129}):
        expect(_bad(dict(example_spec, **bad)), "a buffering hint outside 1..128 MiB or 0..900 s was accepted")
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
---
## 2. Batch, micro-batch or streaming (D1.1.3)

### Exercise 2.1: choose the ingestion pattern ([lesson §4]({L}#4.-Batch,-micro-batch-or-streaming))

A scenario is a dict with `latency_s` (how old, at most, the data may be when its consumer uses it, in seconds),
`consumer` (`"endpoint"`: a model that scores **each event** as it happens; `"dashboard"`; `"training"`: a
retraining job; `"feature_store"`: an offline feature table), `mb_per_s` (the volume) and `source`
(`"app_events"`, `"iot"`, `"database_export"`). Write `choose_ingestion(s)` that returns `"batch"`,
`"micro-batch"` or `"streaming"` with the course rubric, **first matching rule wins**:

1. `latency_s >= BATCH_MIN_LATENCY_S` (3,600 s) → `"batch"` (files to S3 on a schedule, then a Glue or
   Processing job), even when the consumer is an endpoint: an hour's slack makes the scheduled job cheaper;
2. `consumer == "endpoint"` → `"streaming"` (Kinesis Data Streams with a consumer that acts on each record);
3. `latency_s < STREAMING_MAX_LATENCY_S` (60 s) → `"streaming"`;
4. otherwise → `"micro-batch"` (Amazon Data Firehose buffering to S3, or a Spark job on a short trigger).

The volume and the source decide the *size* of what you build (shards, buffers), not the pattern.
"""))
cells.append(readonly("D1_1_3-rubric-values", """
from mlsc01.conventions import BATCH_MIN_LATENCY_S, STREAMING_MAX_LATENCY_S, show
show("ingestion patterns")
PATTERNS = ("batch", "micro-batch", "streaming")
visible_scenarios = [
    ({"latency_s": 0.2, "consumer": "endpoint", "mb_per_s": 3.0, "source": "app_events"}, "streaming"),
    ({"latency_s": 86_400, "consumer": "training", "mb_per_s": 40.0, "source": "database_export"}, "batch"),
    ({"latency_s": 600, "consumer": "dashboard", "mb_per_s": 0.5, "source": "iot"}, "micro-batch"),
    ({"latency_s": 7_200, "consumer": "endpoint", "mb_per_s": 1.0, "source": "app_events"}, "batch"),
    ({"latency_s": 20, "consumer": "feature_store", "mb_per_s": 0.1, "source": "iot"}, "streaming"),
]
"""))
cells.append(solution("D1_1_3-choose-ingestion-code", """
def choose_ingestion(s):
    ### BEGIN SOLUTION
    if s["latency_s"] >= BATCH_MIN_LATENCY_S:
        return "batch"
    if s["consumer"] == "endpoint":
        return "streaming"
    if s["latency_s"] < STREAMING_MAX_LATENCY_S:
        return "streaming"
    return "micro-batch"
    ### END SOLUTION
"""))
cells.append(tests("D1_1_3-choose-ingestion", 3, """
with exercise("D1_1_3-choose-ingestion"):
    for n, (s, want) in enumerate(visible_scenarios, 1):
        got = choose_ingestion(dict(s))
        expect(got in PATTERNS, "return one of 'batch', 'micro-batch', 'streaming'")
        expect(got == want, f"visible scenario {n} is not decided as the rubric says")
    ### BEGIN HIDDEN TESTS
    from mlsc01 import conventions as C
    from mlsc01.rubric import Rubric, boundary
    rubric = Rubric([("batch", lambda s: s["latency_s"] >= C.BATCH_MIN_LATENCY_S, "batch-slack"),
                     ("streaming", lambda s: s["consumer"] == "endpoint", "streaming-endpoint"),
                     ("streaming", lambda s: s["latency_s"] < C.STREAMING_MAX_LATENCY_S, "streaming-fast")],
                    default="micro-batch", exclusive=[("batch-slack", "streaming-fast")])
    g = np.random.default_rng(2027)
    consumers = ["endpoint", "dashboard", "training", "feature_store"]
    scen = []
    for i in range(240):
        band = i % 3
        lat = float(10 ** g.uniform(-1, np.log10(C.STREAMING_MAX_LATENCY_S * 0.8)) if band == 0 else
                    10 ** g.uniform(np.log10(C.STREAMING_MAX_LATENCY_S * 1.2), np.log10(C.BATCH_MIN_LATENCY_S * 0.8)) if band == 1 else
                    10 ** g.uniform(np.log10(C.BATCH_MIN_LATENCY_S * 1.2), 6))
        scen.append({"latency_s": lat, "consumer": consumers[int(g.integers(0, 4))] if g.random() < 0.7 else "endpoint",
                     "mb_per_s": float(10 ** g.uniform(-2, 2)), "source": str(g.choice(["app_events", "iot", "database_export"]))})
    for v in boundary(C.STREAMING_MAX_LATENCY_S) + boundary(C.BATCH_MIN_LATENCY_S):
        for cons in ("dashboard", "endpoint", "training"):
            scen.append({"latency_s": v, "consumer": cons, "mb_per_s": 1.0, "source": "iot"})
    rubric.check_coverage(scen)
    hits = np.mean([choose_ingestion(dict(s)) == rubric.decide(s) for s in scen])
    expect(hits >= C.DECISION_PASS, f"only {hits:.0%} of the hidden scenarios are decided as the rubric says")
    for s in scen[:80]:
        for mb, src in ((0.01, "iot"), (500.0, "app_events"), (50.0, "database_export")):
            expect(choose_ingestion(dict(s, mb_per_s=mb, source=src)) == rubric.decide(s),
                   "the volume or the source changed the pattern: they size the pipeline, the rubric does not use them")
    edge = [s for s in scen if s["latency_s"] in boundary(C.STREAMING_MAX_LATENCY_S) + boundary(C.BATCH_MIN_LATENCY_S)]
    expect(all(choose_ingestion(dict(s)) == rubric.decide(s) for s in edge), "a scenario exactly at 60 s or 3,600 s is decided wrongly")
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
### Exercise 2.2: how old the data is when it is used ([lesson §4.1]({L}#4.1-How-old-is-the-data-when-it-is-used))

A micro-batch design is only as fresh as its slowest step: Firehose's buffer, then the consumer's schedule. Write
`data_age_p95(arrivals, deliveries, run_every_s)` that returns the 95th percentile (`np.percentile`, its default
linear interpolation) of the age of the records when their consumer first uses them, in seconds:

* `arrivals` has the records in order (column `t`); `deliveries` (columns `t`, `n_records`, in order, as your
  `simulate_firehose` returns them) delivers the first `n_records` records, then the next ones, and so on;
* the consumer runs at `0, run_every_s, 2 * run_every_s, …`: a record delivered at time `d` is used at the first run at
  or after `d`; with `run_every_s = 0` the consumer reacts to every delivery and uses the record at `d`;
* a record's age is the time it is used minus its arrival time `t`.
"""))
cells.append(solution("D1_1_3-data-age-code", """
def data_age_p95(arrivals, deliveries, run_every_s):
    ### BEGIN SOLUTION
    delivered = np.repeat(deliveries["t"].to_numpy(dtype=float), deliveries["n_records"].to_numpy())
    if run_every_s > 0:
        delivered = np.ceil(delivered / run_every_s) * run_every_s
    return float(np.percentile(delivered - arrivals["t"].to_numpy(dtype=float), 95))
    ### END SOLUTION
"""))
cells.append(tests("D1_1_3-data-age", 2, """
with exercise("D1_1_3-data-age"):
    toy_arr = pd.DataFrame({"t": [0.0, 10.0, 20.0, 100.0], "bytes": [1, 1, 1, 1]})
    toy_del = pd.DataFrame({"t": [30.0, 160.0], "n_records": [3, 1], "bytes": [3, 1], "reason": ["interval"] * 2})
    got = data_age_p95(toy_arr, toy_del, 0)
    expect(isinstance(got, (float, np.floating)), "return the percentile as a float")
    expect_close(got, np.percentile([30, 20, 10, 60], 95), "with run_every_s = 0 a record is used when it is delivered")
    expect_close(data_age_p95(toy_arr, toy_del, 60), np.percentile([60, 50, 40, 80], 95),
                 "with a job every 60 s a record is used at the first run at or after its delivery")
    ### BEGIN HIDDEN TESTS
    def _ref_sim(arr, size_mb, interval_s):
        lim, rows, n, op, sz = size_mb * 1048576, [], 0, None, 0
        for t, b in zip(arr["t"], arr["bytes"]):
            if n and t >= op + interval_s:
                rows.append((op + interval_s, n)); n = sz = 0
            if n == 0:
                op = t
            n += 1; sz += int(b)
            if sz >= lim:
                rows.append((t, n)); n = sz = 0
        if n:
            rows.append((op + interval_s, n))
        return pd.DataFrame(rows, columns=["t", "n_records"])

    def _ref_age(arr, dl, every):
        d = np.repeat(dl["t"].to_numpy(float), dl["n_records"].to_numpy())
        used = d if every == 0 else np.ceil(d / every) * every
        return float(np.percentile(used - arr["t"].to_numpy(float), 95))

    exact_arr = pd.DataFrame({"t": [0.0, 5.0, 50.0, 61.0], "bytes": [1] * 4})
    exact_del = pd.DataFrame({"t": [60.0, 120.0], "n_records": [2, 2]})
    expect_close(data_age_p95(exact_arr, exact_del, 60), _ref_age(exact_arr, exact_del, 60),
                 "a record delivered exactly at a run time is used by that run")
    for seed, (sm, iv, every) in zip((3, 4, 5, 6, 7), ((5, 300, 900), (1, 0, 0), (2, 60, 45), (128, 900, 3600), (1, 0, 1))):
        arr = make_d1_1_arrivals(seed=seed, n=1200)
        dl = _ref_sim(arr, sm, iv)
        expect_close(data_age_p95(arr, dl, every), _ref_age(arr, dl, every),
                     f"the p95 age on a hidden log (hints {sm} MiB / {iv} s, job every {every} s) is wrong", rtol=1e-9)
    ### END HIDDEN TESTS
"""))
cells.append(md("""
---
That is all: save both notebooks and submit the assignment. The lesson ends with exam-style questions on the same goals.
"""))
write_notebook(f"source/{A}/{A}-part2.ipynb", cells)
print("written")
