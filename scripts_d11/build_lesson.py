"""Throwaway builder for the D1.1 lesson (run: .venv/bin/python scripts_d11/build_lesson.py)."""
from mlsc01.authoring import code, md, write_notebook

A = "d1-1-data-storage-ingestion"
E1 = f"../{A}/{A}-part1.ipynb"
E2 = f"../{A}/{A}-part2.ipynb"
cells = []
cells.append(md(f"""
# D1.1 Data storage and ingestion for ML

*Estimated time: about 75 minutes.*

**Exam domain 1 — Data engineering.** This lesson covers three learning goals:

| goal | verb | what you will be able to do |
|---|---|---|
| D1.1.1 | Implement | lay out an S3 data lake as Hive-partitioned Parquet chosen for the queries, prove partition pruning, pick storage classes and write lifecycle rules whose cost you can calculate |
| D1.1.2 | Implement | size a Kinesis data stream from the per-shard limits, predict where partition keys land (and spot a hot shard), set Amazon Data Firehose buffering hints, write CreateStream and CreateDeliveryStream |
| D1.1.3 | Analyze | choose batch, micro-batch or streaming ingestion from the latency a consumer needs, the volume and the way the model consumes the data |

Everything runs locally: a folder stands in for the S3 bucket, pyarrow writes the Parquet files, **DuckDB stands in
for Amazon Athena** (both run SQL over Parquet and both prune partitions), moto (a local fake of the AWS APIs)
routes Kinesis records to shards as Kinesis does, and every AWS request is checked offline against botocore's
service models. The exercise, in two notebooks ([part 1]({E1}): the lake and lifecycle; [part 2]({E2}): streams,
buffers and the choice of pattern), uses other data than this lesson (a shop clickstream; here: ride events).

**Names and status.** Amazon Data Firehose was called Amazon Kinesis Data Firehose until 2024
([AWS CLI reference](https://docs.aws.amazon.com/cli/latest/reference/firehose/index.html)); the exam may use either name.
Kinesis Data Analytics for SQL applications is [discontinued](https://docs.aws.amazon.com/kinesisanalytics/latest/dev/API_Reference.html)
(no new applications since 15 October 2025, applications deleted from 27 January 2026); AWS names
**Amazon Managed Service for Apache Flink** (formerly Kinesis Data Analytics for Apache Flink) instead.
Amazon S3 Select is [no longer available to new customers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-select-sql-reference.html)
(AWS names no replacement on that page; Athena over partitioned Parquet, as below, does the same job for ML data),
and AWS Data Pipeline is [no longer available to new customers](https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-pipeline-objects.html)
(AWS points to its blog post on migrating Data Pipeline workloads). The exam still asks about all of them.

The thresholds of the decision rubric in §4 are **course conventions** (`mlsc01.conventions`), not AWS limits.
The prices in §2 are **illustrative**. Sections: §1 the lake · §2 storage classes and lifecycle · §3 Kinesis
and Firehose · §4 batch, micro-batch or streaming · How the exam asks about this.
"""))
cells.append(code("""
import hashlib
import math
import os
import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import duckdb

from mlsc01.awsrequest import request_problems
from mlsc01.datagen.d1_1_ingest_events import make_d1_1_rides, make_d1_1_arrivals, make_d1_1_keys

pd.set_option("display.precision", 4)
rides = make_d1_1_rides(seed=3)
print(rides.shape, "ride events,", rides["dt"].nunique(), "days")
rides.head()
"""))
cells.append(md("""
## 1. The lake

### 1.1 A Hive-partitioned Parquet lake

An ML data lake on S3 is a set of prefixes, usually by stage: `raw/` (what arrived, kept for replay),
`curated/` (cleaned, typed, deduplicated), `features/` (model inputs) and `models/` (artifacts). Inside a stage,
two choices decide what every later query costs:

* **The file format.** Parquet is columnar and compressed: a query that needs 3 of 40 columns reads those 3, and
  each file carries min/max statistics per row group that let the engine skip blocks. CSV and JSON are read whole.
* **The partition scheme.** Athena, AWS Glue and Spark read *Hive-style* folder names `column=value` as columns.
  Partition by what the queries **filter on**, usually the event day (`dt=2026-01-10/`); add a second level
  (`city=lisbon/`) only when most queries also filter on it *and* each partition still holds reasonably large
  files. Partitioning by a high-cardinality column (a user id, a timestamp) makes thousands of tiny files: every
  file costs a request and an open, and the engine spends its time listing.

pyarrow writes such a lake in one call. The partition column goes into the folder names and is **not** stored
inside the files (a reader puts it back from the path):
"""))
cells.append(code("""
root = Path(tempfile.mkdtemp(prefix="rides-lake-"))
pq.write_to_dataset(pa.Table.from_pandas(rides, preserve_index=False), str(root / "by_day"), partition_cols=["dt"])
files = sorted((root / "by_day").rglob("*.parquet"))
print(len(files), "files, e.g.", files[0].relative_to(root))
print("columns inside a file:", pq.read_schema(files[0]).names)   # no 'dt': it lives in the folder name

# Two levels, day then city: 3 times as many (smaller) files
pq.write_to_dataset(pa.Table.from_pandas(rides, preserve_index=False), str(root / "by_day_city"), partition_cols=["dt", "city"])
two = sorted((root / "by_day_city").rglob("*.parquet"))
print(len(two), "files, e.g.", two[0].relative_to(root))
"""))
cells.append(md("""
`preserve_index=False` keeps pandas' row index out of the files (otherwise a `__index_level_0__` column appears).
pandas' `df.to_parquet(path, partition_cols=["dt"])` calls the same pyarrow writer. On AWS, the Glue Data Catalog
holds the table definition and its partitions (a crawler, `MSCK REPAIR TABLE`, or *partition projection* adds
them), and Athena queries it.

### 1.2 Partition pruning, measured

Athena bills by the bytes a query scans, so the test of a partition scheme is how much a typical query reads.
An engine can skip a partition only when the `WHERE` clause constrains the **partition column** itself; a filter on
`ts` that means the same days still opens every file (the engine cannot know from the folder name which `ts`
values a file holds, and must at least read each file's footer). DuckDB's `EXPLAIN ANALYZE` runs the query and
reports `Total Files Read`:
"""))
cells.append(code("""
con = duckdb.connect()
glob = f"{root / 'by_day'}/**/*.parquet"

def files_read(sql):
    plan = "\\n".join(row[1] for row in con.execute("EXPLAIN ANALYZE " + sql).fetchall())
    return sum(int(n) for n in re.findall(r"Total Files Read:\\s*(\\d+)", plan))

by_dt = f\"\"\"SELECT city, count(*) AS n, sum(fare) AS fares
            FROM read_parquet('{glob}', hive_partitioning = true)
            WHERE dt >= DATE '2026-01-12' AND dt < DATE '2026-01-15'
            GROUP BY city ORDER BY city\"\"\"
by_ts = by_dt.replace("dt >= DATE '2026-01-12' AND dt < DATE '2026-01-15'",
                      "ts >= TIMESTAMP '2026-01-12' AND ts < TIMESTAMP '2026-01-15'")
print("same answer:", con.execute(by_dt).df().equals(con.execute(by_ts).df()))
print("files read, filter on dt:", files_read(by_dt), "of", len(files))
print("files read, filter on ts:", files_read(by_ts), "of", len(files))
con.execute(by_dt).df()
"""))
cells.append(md("""
Both queries return the same rows; the first reads 3 files, the second all 20. With Hive partitioning DuckDB
types `dt` as a `DATE`, so compare it with `DATE '...'` literals (a string literal also works). The upper bound is
excluded (`<`), which makes consecutive ranges add up without counting a day twice. In Athena the same query reads
the partitions of the Glue table; `EXPLAIN ANALYZE` there, or the "data scanned" figure of a query, shows the
pruning.

## 2. Storage classes and lifecycle

### 2.1 Storage classes for ML data

Facts from AWS's [storage classes page](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html)
(prices differ per Region; see [S3 pricing](https://aws.amazon.com/s3/pricing/)):

| class | minimum storage duration | minimum billable size | first byte | fits in an ML lake |
|---|---|---|---|---|
| `STANDARD` | — | — | milliseconds | raw data being processed, features read by every training run |
| `INTELLIGENT_TIERING` | — | objects under 128 KB are not moved between tiers (always the frequent-access rate) | milliseconds | unknown or changing access; a small monitoring fee per object |
| `STANDARD_IA` | 30 days | 128 KB | milliseconds | read about monthly: last quarter's features, older model artifacts |
| `ONEZONE_IA` | 30 days | 128 KB | milliseconds | re-creatable copies (one Availability Zone) |
| `GLACIER_IR` (Glacier Instant Retrieval) | 90 days | 128 KB | milliseconds | read about once a quarter but needed at once (an audit of a model's training set) |
| `GLACIER` (Glacier Flexible Retrieval) | 90 days | 40 KB overhead per object | minutes to hours (restore first) | archived raw data kept for replay |
| `DEEP_ARCHIVE` | 180 days | 40 KB overhead per object | within 12 hours (restore first) | compliance copies kept for years |

Each object in `GLACIER` or `DEEP_ARCHIVE` carries 40 KB of overhead: 32 KB billed at that class's rate and
8 KB at the STANDARD rate. Deleting, overwriting or transitioning an object before its class's minimum duration
is charged as if it had stayed the full minimum. (S3 Express One Zone exists too, for directory buckets only; the
original vault-based Amazon Glacier service is closed to new customers, not the S3 Glacier storage classes.)

### 2.2 Minimum duration and minimum size, worked

Two effects make a cheaper class more expensive than it looks: the **minimum duration** (an object that leaves a
class early is billed for the minimum anyway) and the **minimum size** (small objects are billed as 128 KB, or
carry 40 KB of overhead). Here is the cost of one life cycle, segment by segment, with an **illustrative** price
table:
"""))
cells.append(code("""
MIN_DAYS = {"STANDARD": 0, "STANDARD_IA": 30, "ONEZONE_IA": 30, "GLACIER_IR": 90, "GLACIER": 90, "DEEP_ARCHIVE": 180}
MIN_KB = {"STANDARD_IA": 128, "ONEZONE_IA": 128, "GLACIER_IR": 128}
ILLUSTRATIVE = {"gb_month": {"STANDARD": 0.023, "STANDARD_IA": 0.0125, "ONEZONE_IA": 0.01, "GLACIER_IR": 0.004,
                             "GLACIER": 0.0036, "DEEP_ARCHIVE": 0.00099}, "transition_per_1000": 0.02}

def cost_table(size_kb, n_objects, transitions, expire_day, prices=ILLUSTRATIVE):
    # One row per segment: class, days stored, days billed, KB billed per object, cost in USD
    starts = [(0, "STANDARD")] + list(transitions)
    rows = []
    for i, (day, cls) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else expire_day
        billed_days = max(end - day, MIN_DAYS[cls])
        p = prices["gb_month"]
        if cls in ("GLACIER", "DEEP_ARCHIVE"):
            usd_per_obj_month = ((size_kb + 32) * p[cls] + 8 * p["STANDARD"]) / 1024**2
            kb = size_kb + 40
        else:
            kb = max(size_kb, MIN_KB.get(cls, 0))
            usd_per_obj_month = kb * p[cls] / 1024**2
        rows.append({"class": cls, "stored_days": end - day, "billed_days": billed_days, "billed_kb": kb,
                     "usd": usd_per_obj_month * billed_days / 30 * n_objects})
    rows.append({"class": "transition requests", "stored_days": 0, "billed_days": 0, "billed_kb": 0,
                 "usd": len(transitions) * n_objects / 1000 * prices["transition_per_1000"]})
    return pd.DataFrame(rows)

# 100,000 ride-summary files of 2 MB: 30 days hot, then Glacier IR, deleted on day 100
t = cost_table(2048, 100_000, [(30, "GLACIER_IR")], 100)
print("total USD", round(t["usd"].sum(), 2)); t
"""))
cells.append(code("""
# The same plan for 100,000 tiny 8 KB event files: the 128 KB minimum makes Glacier IR cost MORE than staying in STANDARD
small_ir = cost_table(8, 100_000, [(30, "GLACIER_IR")], 100)["usd"].sum()
small_std = cost_table(8, 100_000, [], 100)["usd"].sum()
# Deleting Deep Archive objects 60 days after they arrive: billed for 180 days there
early = cost_table(2048, 100_000, [(0, "DEEP_ARCHIVE")], 60)
print(f"8 KB objects: Glacier IR plan {small_ir:.2f} USD vs STANDARD only {small_std:.2f} USD")
early
"""))
cells.append(md("""
The lesson for an ML lake: compact small files (Firehose buffers, a Glue job that rewrites a day into a few large
Parquet files) before you tier them, and never move data to a class it will leave before the minimum duration.
Since September 2024, lifecycle rules by default **do not transition objects smaller than 128 KB** at all
(`TransitionDefaultMinimumObjectSize` = `all_storage_classes_128K`; a filter with `ObjectSizeGreaterThan` /
`ObjectSizeLessThan` overrides it), see the
[lifecycle transitions page](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html).

### 2.3 The PutBucketLifecycleConfiguration request

A lifecycle configuration is a list of rules, each with a filter (a prefix, tags or object size), a status, and
transition and expiration actions in days after creation. S3 refuses a configuration that:

* moves objects to `STANDARD_IA` or `ONEZONE_IA` less than **30 days** after creation;
* goes *up* the supported-transition "waterfall" (`STANDARD` → `STANDARD_IA` → `INTELLIGENT_TIERING` → `ONEZONE_IA`
  → `GLACIER_IR` → `GLACIER` → `DEEP_ARCHIVE`; for example Glacier back to Standard-IA), or repeats a day;
* expires objects no later than their last transition.

botocore's model knows the field names and the storage-class enum, not these rules, so the builder checks them
itself before it builds anything:
"""))
cells.append(code("""
WATERFALL = ["STANDARD", "STANDARD_IA", "INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"]

def lifecycle_rule(prefix, transitions, expire_day):
    previous_day, previous_cls = -1, "STANDARD"
    for day, cls in transitions:
        if cls in ("STANDARD_IA", "ONEZONE_IA") and day < 30:
            raise ValueError(f"{prefix}: {cls} only from day 30")
        if day <= previous_day or WATERFALL.index(cls) <= WATERFALL.index(previous_cls):
            raise ValueError(f"{prefix}: transitions go down the waterfall, on increasing days")
        previous_day, previous_cls = day, cls
    rule = {"ID": prefix.rstrip("/"), "Filter": {"Prefix": prefix}, "Status": "Enabled"}
    if transitions:
        rule["Transitions"] = [{"Days": d, "StorageClass": c} for d, c in transitions]
    if expire_day is not None:
        if expire_day <= previous_day:
            raise ValueError(f"{prefix}: expire after the last transition")
        rule["Expiration"] = {"Days": expire_day}
    return rule

request = {"Bucket": "rides-ml-lake", "LifecycleConfiguration": {"Rules": [
    lifecycle_rule("raw/", [(30, "STANDARD_IA"), (90, "GLACIER"), (365, "DEEP_ARCHIVE")], 2555),   # replay copy, 7 years
    lifecycle_rule("features/", [], 120),                                                            # rebuilt from curated/
    lifecycle_rule("models/", [(90, "GLACIER_IR")], None),                                           # audits need them at once
]}}
print("problems:", request_problems("s3", "PutBucketLifecycleConfiguration", request))
try:
    lifecycle_rule("raw/", [(10, "STANDARD_IA")], 90)
except ValueError as err:
    print("refused:", err)
print(request_problems("s3", "PutBucketLifecycleConfiguration",
                       {"Bucket": "b", "LifecycleConfiguration": {"Rules": [dict(request["LifecycleConfiguration"]["Rules"][0],
                                                                                   Transitions=[{"Days": 30, "StorageClass": "GLACIER_FLEXIBLE"}])]}}))
"""))
cells.append(md("""
The enum spells Glacier Flexible Retrieval as `GLACIER` and Glacier Instant Retrieval as `GLACIER_IR`. Note the
`Expiration` after 2,555 days on `raw/`: its Deep Archive segment lasts 2,190 days, far beyond the 180-day minimum.

## 3. Kinesis Data Streams and Amazon Data Firehose

### 3.1 Sizing a stream from the shard limits

A shard is the unit of capacity of a Kinesis data stream. Per shard
([quotas and limits](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html)):

* **write**: 1 MB/s *or* 1,000 records/s, whichever is reached first;
* **read**: 2 MB/s, **shared** by all consumers that poll with `GetRecords` (and at most 5 `GetRecords` calls per
  second per shard); a consumer registered for **enhanced fan-out** gets its **own** 2 MB/s per shard, pushed over
  HTTP/2 ([enhanced fan-out](https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html); up to 20
  registered consumers per stream, 50 in On-demand Advantage mode).

A provisioned stream needs the largest of the three shard counts. On-demand mode sizes itself (new on-demand streams
start at 4 MB/s of write capacity and scale up), at a different price.
"""))
cells.append(code("""
def shards_needed(records_per_s, kb_per_record, consumers, fan_out):
    mb_s = records_per_s * kb_per_record / 1024
    need = {"write MB/s": math.ceil(mb_s / 1), "write records/s": math.ceil(records_per_s / 1000),
            "read MB/s": math.ceil((1 if fan_out else consumers) * mb_s / 2)}
    return max(1, *need.values()), need

for case in [(800, 1, 1, False), (5000, 0.2, 1, False), (600, 5, 4, False), (600, 5, 4, True), (2048, 2, 3, False)]:
    n, why = shards_needed(*case)
    print(case, "->", n, "shards;", why)
"""))
cells.append(md("""
Tiny records hit the *record* limit first (5,000 records/s of 0.2 KB are under 1 MB/s but need 5 shards); many polling
consumers hit the *read* limit (4 consumers of 2.9 MB/s need 6 shards, with enhanced fan-out 3). Exactly 1,024
records/s of 1 KB need **2** shards: the 1,000 records/s limit is passed although the bytes fit.

### 3.2 Partition keys, MD5 and a hot shard

Each shard owns a range of 128-bit hash keys. Kinesis hashes a record's partition key with MD5, reads the digest
as an unsigned 128-bit integer and writes the record to the shard whose range (`StartingHashKey` ..
`EndingHashKey`, both included) contains it. All records with one key go to one shard, in order; a key that
carries a large share of the traffic makes that shard **hot** (throttled with `ProvisionedThroughputExceededException`)
while the others idle. moto implements this routing, so we can watch it:
"""))
cells.append(code("""
import logging
import warnings

os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing"); os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
logging.getLogger("botocore").setLevel(logging.ERROR)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import boto3
    from moto import mock_aws

def md5_shard(key, shards):
    h = int.from_bytes(hashlib.md5(key.encode("utf-8")).digest(), "big")
    return next(s["ShardId"] for s in shards
                if int(s["HashKeyRange"]["StartingHashKey"]) <= h <= int(s["HashKeyRange"]["EndingHashKey"]))

with mock_aws():
    kinesis = boto3.client("kinesis", region_name="eu-west-1")
    kinesis.create_stream(StreamName="rides", ShardCount=4, StreamModeDetails={"StreamMode": "PROVISIONED"})
    shards = kinesis.list_shards(StreamName="rides")["Shards"]
    loads = {}
    for label, keys in (("driver id as key", make_d1_1_keys(seed=1, n=2000, n_keys=400)),
                        ("one fleet id for 40 %", make_d1_1_keys(seed=1, n=2000, n_keys=400, hot_share=0.4))):
        routed = []
        for start in range(0, len(keys), 500):   # PutRecords takes up to 500 records per call
            batch = [{"Data": b"{}", "PartitionKey": k} for k in keys[start:start + 500]]
            routed += [r["ShardId"] for r in kinesis.put_records(StreamName="rides", Records=batch)["Records"]]
        assert routed == [md5_shard(k, shards) for k in keys]     # our MD5 routing agrees with moto's on every record
        counts = pd.Series(routed).value_counts().sort_index()
        loads[label] = counts
        print(f"{label}: max/mean shard load = {counts.max() / counts.mean():.2f}")
pd.DataFrame(loads)
"""))
cells.append(md("""
With many keys the load is even (max/mean ≈ 1); with one key carrying 40 % of the records its shard receives more than
twice the average. Adding shards does not help a single hot key (it still lands on one shard); a key with more
distinct values does (for example the ride id, or the fleet id plus a random suffix when per-fleet order does not
matter), or `ExplicitHashKey` to place records deliberately. (moto routes a stream that has never been resharded
exactly like this; after `SplitShard` it can still route to the closed parent shard, so the exercise checks split
ranges against the MD5 rule itself.)

### 3.3 Firehose buffering hints, simulated

Amazon Data Firehose collects records in a buffer and delivers it (one S3 object) when the **first** of two
*buffering hints* is met: the buffer size (`SizeInMBs`, MiB) or the buffer interval (`IntervalInSeconds`, counted from
the buffer's first record). For an S3 destination the size is 1–128 MiB (default 5) and the interval 0–900 s
(default 300); an interval of **0** means zero buffering: records are delivered within seconds, without waiting
([buffering hints](https://docs.aws.amazon.com/firehose/latest/dev/buffering-hints.html),
[BufferingHints API](https://docs.aws.amazon.com/firehose/latest/APIReference/API_BufferingHints.html)). Small hints
give fresh data and many small objects; large hints give fewer, larger objects and older data. A simulator makes the
trade-off concrete:
"""))
cells.append(code("""
def firehose_deliveries(log, size_mb, interval_s):
    # Walk the log; a buffer closes on its deadline (before the next record is taken) or when it is full.
    out, buf_n, buf_bytes, deadline = [], 0, 0, None
    limit = size_mb * 2**20
    for t, b in log[["t", "bytes"]].itertuples(index=False):
        if buf_n and t >= deadline:
            out.append({"t": deadline, "n_records": buf_n, "bytes": buf_bytes, "reason": "interval"})
            buf_n = buf_bytes = 0
        if not buf_n:
            deadline = t + interval_s
        buf_n += 1
        buf_bytes += int(b)
        if buf_bytes >= limit:
            out.append({"t": t, "n_records": buf_n, "bytes": buf_bytes, "reason": "size"})
            buf_n = buf_bytes = 0
    if buf_n:
        out.append({"t": deadline, "n_records": buf_n, "bytes": buf_bytes, "reason": "interval"})
    return pd.DataFrame(out, columns=["t", "n_records", "bytes", "reason"])

log = make_d1_1_arrivals(seed=42, n=4000, mean_bytes=4096)
rows = []
for size_mb, interval_s in [(1, 0), (1, 60), (5, 300), (64, 300), (128, 900)]:
    d = firehose_deliveries(log, size_mb, interval_s)
    # how long each record waited: the delivery time of its buffer minus its arrival
    ends = np.repeat(d["t"].to_numpy(), d["n_records"].to_numpy())
    wait = ends - log["t"].to_numpy()
    rows.append({"SizeInMBs": size_mb, "IntervalInSeconds": interval_s, "objects": len(d),
                 "mean object KiB": d["bytes"].mean() / 1024, "by size": int((d["reason"] == "size").sum()),
                 "p95 wait s": np.percentile(wait, 95)})
pd.DataFrame(rows)
"""))
cells.append(md("""
Zero buffering makes one object per record (4,000 objects, no waiting). With 1 MiB and 60 s, bursts fill the size
hint first and quiet spells close on the interval; the defaults (5 MiB, 300 s) and larger hints make a handful of
MiB-sized objects, and records wait up to the whole interval. For an
ML lake that Athena or a training job reads, larger objects are better; for a dashboard that must be fresh, a short
interval is. (Firehose can also convert records to Parquet and partition them by a key in the record — dynamic
partitioning — before it writes to S3.)

### 3.4 CreateStream and CreateDeliveryStream

The two requests of a stream-to-lake pipeline, validated against botocore's models (names, types, enums, and the
minimums and maximums the model states, such as `SizeInMBs` ≤ 128 and `IntervalInSeconds` ≤ 900):
"""))
cells.append(code("""
n_shards, _ = shards_needed(1800, 1.5, 2, False)     # the Firehose stream is one of the two consumers
create_stream = {"StreamName": "rides", "ShardCount": n_shards, "StreamModeDetails": {"StreamMode": "PROVISIONED"}}
create_delivery = {
    "DeliveryStreamName": "rides-to-lake",
    "DeliveryStreamType": "KinesisStreamAsSource",
    "KinesisStreamSourceConfiguration": {"KinesisStreamARN": "arn:aws:kinesis:eu-west-1:111122223333:stream/rides",
                                         "RoleARN": "arn:aws:iam::111122223333:role/firehose-rides"},
    "ExtendedS3DestinationConfiguration": {
        "RoleARN": "arn:aws:iam::111122223333:role/firehose-rides", "BucketARN": "arn:aws:s3:::rides-ml-lake",
        "Prefix": "raw/rides/", "BufferingHints": {"SizeInMBs": 128, "IntervalInSeconds": 600},
        "CompressionFormat": "GZIP"},
}
print("CreateStream:", create_stream, request_problems("kinesis", "CreateStream", create_stream))
print("CreateDeliveryStream problems:", request_problems("firehose", "CreateDeliveryStream", create_delivery))
too_big = {**create_delivery, "ExtendedS3DestinationConfiguration": {
    **create_delivery["ExtendedS3DestinationConfiguration"], "BufferingHints": {"SizeInMBs": 256, "IntervalInSeconds": 1200}}}
print(request_problems("firehose", "CreateDeliveryStream", too_big))
"""))
cells.append(md("""
`DeliveryStreamType` is `DirectPut` when producers call Firehose's `PutRecord`/`PutRecordBatch` themselves, and
`KinesisStreamAsSource` when Firehose reads a Kinesis data stream (it then counts as one of the stream's consumers).
The models cannot know every service rule (a destination's own buffer ranges, such as 1–5 MiB for Splunk), so a
builder checks those itself.

## 4. Batch, micro-batch or streaming

Three patterns cover ML ingestion on AWS:

| pattern | typical AWS shape | data age when used | fits |
|---|---|---|---|
| **batch** | files land in S3 (exports, AWS DataSync, AWS Transfer Family); a Glue job, EMR step or SageMaker Processing job runs on a schedule (EventBridge, Step Functions) | hours to days | retraining, offline features, reports |
| **micro-batch** | Amazon Data Firehose buffering to S3 (seconds to 15 minutes), or Spark Structured Streaming / Glue streaming on a trigger | a minute to an hour | near-real-time dashboards, fresh training data, offline feature tables |
| **streaming** | Kinesis Data Streams (or Amazon MSK) with consumers: Lambda, the KCL, Amazon Managed Service for Apache Flink | under a minute, per event | online inference on each event, fraud scoring, real-time features |

The choice follows from the **consumer**: how old may the data be when it is used, and does something act on
**each event**? Volume decides the *size* (shards, buffer hints, job capacity), not the pattern. The course rubric,
first matching rule wins (thresholds are course conventions):
"""))
cells.append(code("""
from mlsc01.conventions import BATCH_MIN_LATENCY_S, STREAMING_MAX_LATENCY_S, show
show("ingestion patterns")

def pattern(latency_s, consumer):
    if latency_s >= BATCH_MIN_LATENCY_S:
        return "batch"          # an hour or more of slack: a scheduled job, even for per-event scoring (batch transform)
    if consumer == "endpoint":
        return "streaming"      # something acts on each event as it happens
    if latency_s < STREAMING_MAX_LATENCY_S:
        return "streaming"      # fresher than a minute: no buffered delivery is fast enough
    return "micro-batch"

examples = [("fraud score per card swipe, 200 ms", 0.2, "endpoint"), ("driver ETA features, 30 s", 30, "feature_store"),
            ("city dashboard, 5 minutes", 300, "dashboard"), ("nightly retraining", 86_400, "training"),
            ("scores written back every 2 hours", 7_200, "endpoint"), ("exactly one minute", 60, "dashboard"),
            ("exactly one hour", 3_600, "endpoint")]
pd.DataFrame([{"scenario": s, "latency_s": l, "consumer": c, "pattern": pattern(l, c)} for s, l, c in examples])
"""))
cells.append(md(f"""
Read the order: the batch rule comes **first**, so an endpoint consumer that may wait two hours gets a batch
(SageMaker batch transform on a schedule, say), and the boundaries are exact: 60 s is *not* below 60 s
(micro-batch), 3,600 s *is* an hour (batch). The scenario's volume (`mb_per_s`) and source do not change the
answer; they change the shard count (§3.1) and the buffer hints (§3.3).

### 4.1 How old is the data when it is used

A latency requirement is about the **consumer**, so measure it there: a record's age when it is used is the time
from its arrival until the first consumer run that can see it. With Firehose feeding S3 and a job that runs every
`run_every_s` seconds (at 0, `run_every_s`, 2 `run_every_s`, …), a record delivered at time `d` is first used at
`ceil(d / run_every_s) * run_every_s` (a run at exactly `d` sees it); a consumer that reacts to each delivery
(`run_every_s = 0`) uses it at `d`. The 95th percentile of the ages is the figure to hold against the requirement:
"""))
cells.append(code("""
def age_when_used(log, deliveries, run_every_s):
    delivered = np.repeat(deliveries["t"].to_numpy(float), deliveries["n_records"].to_numpy())
    used = delivered if run_every_s == 0 else np.ceil(delivered / run_every_s) * run_every_s
    return used - log["t"].to_numpy(float)

rows = []
for size_mb, interval_s, run_every_s in [(1, 0, 0), (5, 300, 0), (5, 300, 900), (128, 900, 900), (128, 900, 3600)]:
    age = age_when_used(log, firehose_deliveries(log, size_mb, interval_s), run_every_s)
    rows.append({"SizeInMBs": size_mb, "IntervalInSeconds": interval_s, "job every s": run_every_s,
                 "p95 age s": np.percentile(age, 95), "max age s": age.max()})
pd.DataFrame(rows)
"""))
cells.append(md(f"""
The buffer and the schedule add up: Firehose's 300-second interval followed by a job every 15 minutes gives a p95 age
of about 16 minutes (and up to about 19), which fails a 10-minute dashboard although each piece alone looks fast enough. When the
measured age of a micro-batch design is above the requirement, shorten the interval or the schedule, or move to
streaming; when it is far below, batch may be cheaper.

The exercise ([part 1]({E1}), [part 2]({E2})) asks you to build each of these pieces on a shop clickstream.

## How the exam asks about this

MLS-C01 scenarios on this topic are short architecture choices:

* **Layout and cost**: "Athena queries scan the whole bucket" (partition by the filtered column, use Parquet,
  compact small files); "MOST cost-effective storage for data read once a quarter that must be available within
  milliseconds" (Glacier Instant Retrieval, not Flexible Retrieval); a lifecycle rule that moves millions of tiny
  files (the 128 KB minimum and the per-object transition fee make it cost more); moving to IA before day 30.
* **Kinesis sizing**: a throughput and record size given, "how many shards" (check MB/s *and* records/s, and the read
  side for several consumers); `ProvisionedThroughputExceededException` on one shard (a hot partition key); several
  applications reading the same stream at full speed (enhanced fan-out).
* **Firehose**: "deliver to S3 with the LEAST operational overhead" (Firehose, not a custom consumer); files too
  small or too late (buffer hints; zero buffering for the lowest latency); format conversion to Parquet.
* **Pattern**: "sub-second per-event inference" (Kinesis Data Streams + a consumer, or Managed Service for Apache
  Flink) against "near-real-time to S3" (Firehose) against "daily retraining" (S3 + a scheduled Glue or Processing
  job). Expect the old names (Kinesis Data Firehose, Kinesis Data Analytics) in older questions.

Four questions from the topic's bank, options shuffled:
"""))
cells.append(code("""
from mlsc01.quiz import quiz, answer
quiz("d1-1-data-storage-ingestion")   # 4 exam-style questions from the topic's bank, numbered 1..4, options shuffled
"""))
cells.append(code("""
# answer(1, "B")  # check question 1; explains every option
"""))
write_notebook(f"notebooks/{A}.ipynb", cells)
print("written")
