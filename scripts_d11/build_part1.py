"""Throwaway builder for the D1.1 exercise, part 1 (run: .venv/bin/python scripts_d11/build_part1.py)."""
from mlsc01.authoring import code, md, readonly, solution, tests, write_notebook

A = "d1-1-data-storage-ingestion"
L = f"../lessons/{A}.ipynb"
cells = []
cells.append(md(f"""
# D1.1 Data storage and ingestion, part 1: the S3 lake, pruning, storage classes and lifecycle

*Estimated time: about 80 minutes.*

Part 1 of 2 of the D1.1 exercise (part 2: [Kinesis shards, partition keys, Firehose buffers and the ingestion
pattern]({A}-part2.ipynb)). Read the [lesson]({L}) first; each exercise links the section it relies on.
Four graded checks, from easy to harder, all for goal **D1.1.1** (S3 data lakes for ML):

| exercise | what you build | check id |
|---|---|---|
| 1.1 | `write_lake`: a Hive-partitioned Parquet lake | `D1_1_1-write-lake` |
| 1.2 | `range_query_sql`: a query that prunes partitions | `D1_1_1-pruning-sql` |
| 1.3 | `storage_cost`: storage-class cost with minimum duration and size | `D1_1_1-storage-cost` |
| 1.4 | `lifecycle_request`: the PutBucketLifecycleConfiguration request | `D1_1_1-lifecycle-request` |

**How this notebook works.** Write your code in the cells that say `raise NotImplementedError()`, run that
cell, then run the check cell under it. A check prints one line: `✓ pass` (the visible checks pass; hidden
checks on fresh data run when the notebook is graded), `✗ wrong: <what is wrong>` or `… not attempted yet`.
An answer that only fits the data shown here will not pass the hidden checks. **Run All** runs the whole
notebook even when a check fails. Stuck? `hint("<check id>")` prints a hint, `hint("<check id>", 2)` a bigger
one, e.g. `hint("D1_1_1-write-lake")`. Still stuck after the hints? `reveal("<check id>")` prints the reference
solution; your progress report (`mlsc01 grade`) notes that you looked.

Everything runs locally: no AWS account and no network. A folder on local disk stands in for the S3 bucket,
DuckDB stands in for Athena, and the AWS requests are checked against botocore's service models offline.
Run the setup cell first.
"""))
cells.append(code("""
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import duckdb

from mlsc01.checks import exercise, expect, expect_close, expect_equal_sets
from mlsc01.hints import hint
from mlsc01.solutions import reveal
from mlsc01.awsrequest import request_problems
from mlsc01.datagen.d1_1_ingest_events import make_d1_1_clickstream

WORK = Path(tempfile.mkdtemp(prefix="d1-1-lake-"))   # stands in for s3://acme-ml-lake/
clicks = make_d1_1_clickstream(seed=0)
print(clicks.shape, "events from", clicks["dt"].min(), "to", clicks["dt"].max())
clicks.head()
"""))
cells.append(md(f"""
---
## 1. The lake (D1.1.1)

### Exercise 1.1: write a Hive-partitioned Parquet lake ([lesson §1.1]({L}#1.1-A-Hive-partitioned-Parquet-lake))

Athena, Glue and Spark find partitions from folder names written as `column=value`. Write
`write_lake(df, root, partition_cols=("dt",))` that writes `df` as Parquet under `root`, partitioned by the
columns in `partition_cols` in that order (`root/dt=2026-03-01/...parquet`, or
`root/dt=2026-03-01/event_type=view/...parquet` for two columns), and returns the **sorted** list of the paths
(as `str`) of every Parquet file it wrote.

* A partition column lives in the folder names only: the files hold the other columns of `df` and nothing
  else (no pandas index column).
* Use pyarrow (`pyarrow.parquet.write_to_dataset`, or `pyarrow.dataset.write_dataset` with Hive partitioning)
  or pandas' `to_parquet(..., partition_cols=...)`, which calls pyarrow. `root` is a new, empty folder.

The check reads your lake back with DuckDB and compares it with `df`; the hidden checks use fresh data and
other partition columns.
"""))
cells.append(solution("D1_1_1-write-lake-code", """
def write_lake(df, root, partition_cols=("dt",)):
    ### BEGIN SOLUTION
    table = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_to_dataset(table, str(root), partition_cols=list(partition_cols))
    return sorted(str(p) for p in Path(root).rglob("*.parquet"))
    ### END SOLUTION
"""))
cells.append(tests("D1_1_1-write-lake", 2, """
def _lake_problems(df, root, files, cols):
    # Shared by the visible and the hidden checks: what is wrong with a written lake, or None.
    if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
        return "return a non-empty list of file paths as str"
    if files != sorted(files):
        return "return the paths sorted"
    on_disk = sorted(str(p) for p in Path(root).rglob("*.parquet"))
    if sorted(files) != on_disk:
        return "the list must name every Parquet file under `root`, and only those"
    for f in files:
        rel = Path(f).relative_to(root).parts[:-1]
        if len(rel) != len(cols) or any(not part.startswith(c + "=") for part, c in zip(rel, cols)):
            return "each file must sit in folders named column=value, one level per partition column, in order"
        names = set(pq.read_schema(f).names)
        if names & set(cols) or names != set(df.columns) - set(cols):
            return "a file must hold exactly the non-partition columns (partition columns live in the folder names; no index column)"
    parts = {Path(f).relative_to(root).parts[:-1] for f in files}
    want = {tuple(f"{c}={v}" for c, v in zip(cols, key)) for key in df[list(cols)].drop_duplicates().itertuples(index=False)}
    if parts != want:
        return "the partition folders do not match the values in the data"
    con = duckdb.connect()
    got = con.execute(f"SELECT count(*), count(DISTINCT event_id), sum(amount) FROM read_parquet('{root}/**/*.parquet', "
                      "hive_partitioning=true)").fetchone()
    if got[0] != len(df) or got[1] != df["event_id"].nunique() or not np.isclose(got[2], df["amount"].sum()):
        return "reading the lake back does not give the rows of `df`"
    per = con.execute(f"SELECT CAST({cols[0]} AS VARCHAR) AS k, count(*) AS n FROM read_parquet('{root}/**/*.parquet', "
                      f"hive_partitioning=true) GROUP BY 1").df().set_index("k")["n"].sort_index()
    ref = df.groupby(df[cols[0]].astype(str)).size().sort_index()
    if not per.index.equals(ref.index) or not (per.to_numpy() == ref.to_numpy()).all():
        return "some rows are in the wrong partition"
    return None


with exercise("D1_1_1-write-lake"):
    root = Path(tempfile.mkdtemp(prefix="lake-check-"))
    files = write_lake(clicks, root)
    problem = _lake_problems(clicks, root, files, ("dt",))
    expect(problem is None, problem or "")
    expect(len(files) >= clicks["dt"].nunique(), "there must be at least one file per day")
    ### BEGIN HIDDEN TESTS
    for seed, cols in ((7, ("dt",)), (11, ("dt", "event_type")), (3, ("event_type",))):
        df2 = make_d1_1_clickstream(seed=seed, n_events=1500, n_days=9, start="2026-05-27")
        df2 = df2.sample(frac=0.9, random_state=seed)   # a filtered, shuffled frame: its index is no RangeIndex
        root2 = Path(tempfile.mkdtemp(prefix="lake-hidden-"))
        files2 = write_lake(df2, root2, partition_cols=cols)
        problem = _lake_problems(df2, root2, files2, cols)
        expect(problem is None, f"on other data with partition_cols={cols}: {problem}")
    ### END HIDDEN TESTS
"""))
cells.append(md("""
The rest of this notebook queries a lake of 30 daily partitions (one file per day), written with pyarrow exactly
as in Exercise 1.1:
"""))
cells.append(readonly("D1_1_1-lake-data", """
LAKE = WORK / "clickstream"
pq.write_to_dataset(pa.Table.from_pandas(clicks, preserve_index=False), str(LAKE), partition_cols=["dt"])
LAKE_GLOB = f"{LAKE}/**/*.parquet"
print(len(list(LAKE.rglob("*.parquet"))), "files; first folders:", sorted(p.name for p in LAKE.iterdir())[:3])
"""))
cells.append(md(f"""
### Exercise 1.2: a query that reads only the days it needs ([lesson §1.2]({L}#1.2-Partition-pruning,-measured))

Athena bills by bytes scanned, and a query that filters on the **partition column** reads only the matching
folders (partition pruning); the same filter on another column, even one that says the same thing (`ts`), reads
every file. Write `range_query_sql(lake_glob, start, end)` that returns a DuckDB SQL string which:

* reads the lake with `read_parquet(lake_glob, hive_partitioning = true)`;
* keeps the days `start <= dt < end` (`start` and `end` are `'YYYY-MM-DD'` strings; `end` is excluded);
* returns one row per `event_type` with the columns `event_type`, `n_events` (the number of events) and
  `revenue` (the sum of `amount`), ordered by `event_type`.

The check runs your query and also `EXPLAIN ANALYZE` on it: DuckDB's plan reports `Total Files Read`, which must
be the number of days in the range.
"""))
cells.append(solution("D1_1_1-pruning-sql-code", """
def range_query_sql(lake_glob, start, end):
    ### BEGIN SOLUTION
    return f\"\"\"
        SELECT event_type, count(*) AS n_events, sum(amount) AS revenue
        FROM read_parquet('{lake_glob}', hive_partitioning = true)
        WHERE dt >= DATE '{start}' AND dt < DATE '{end}'
        GROUP BY event_type
        ORDER BY event_type
    \"\"\"
    ### END SOLUTION
"""))
cells.append(tests("D1_1_1-pruning-sql", 2, """
import re


def _files_read(con, sql):
    plan = "\\n".join(row[1] for row in con.execute("EXPLAIN ANALYZE " + sql).fetchall())
    return sum(int(n) for n in re.findall(r"Total Files Read:\\s*(\\d+)", plan))


def _range_reference(df, start, end):
    sub = df[(df["dt"] >= start) & (df["dt"] < end)]
    return sub.groupby("event_type").agg(n_events=("event_id", "size"), revenue=("amount", "sum")).reset_index()


def _check_range(con, df, glob, start, end, where=""):
    sql = range_query_sql(glob, start, end)
    expect(isinstance(sql, str), "return the query as a str")
    got = con.execute(sql).df()
    expect(list(got.columns) == ["event_type", "n_events", "revenue"], "the columns must be event_type, n_events, revenue")
    ref = _range_reference(df, start, end)
    expect(list(got["event_type"]) == list(ref["event_type"]), f"the event types are wrong or not ordered by event_type{where}")
    expect((got["n_events"].to_numpy() == ref["n_events"].to_numpy()).all(), f"n_events is wrong{where}: check the day range (end is excluded)")
    expect(np.allclose(got["revenue"].astype(float), ref["revenue"]), f"revenue is wrong{where}")
    days = df.loc[(df["dt"] >= start) & (df["dt"] < end), "dt"].nunique()
    expect(_files_read(con, sql) == days, f"the query reads files outside the range{where}: filter on the partition column")


with exercise("D1_1_1-pruning-sql"):
    con = duckdb.connect()
    _check_range(con, clicks, LAKE_GLOB, "2026-03-08", "2026-03-15")
    ### BEGIN HIDDEN TESTS
    df2 = make_d1_1_clickstream(seed=5, n_events=2500, n_days=20, start="2026-06-20")
    lake2 = WORK / "hidden-lake"
    pq.write_to_dataset(pa.Table.from_pandas(df2, preserve_index=False), str(lake2), partition_cols=["dt"])
    for s, e in (("2026-06-21", "2026-06-22"), ("2026-06-25", "2026-07-04"), ("2026-06-01", "2026-06-23"),
                 ("2026-07-08", "2026-07-30")):
        _check_range(con, df2, f"{lake2}/**/*.parquet", s, e, f" for the range {s} .. {e} on other data")
    ### END HIDDEN TESTS
"""))
cells.append(md("""
---
## 2. Storage classes and lifecycle (D1.1.1)

The facts below are AWS's (the [storage classes page](https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html)
and [lifecycle transitions page](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html));
the **prices are illustrative**, not AWS's current price list (see the [S3 pricing page](https://aws.amazon.com/s3/pricing/)).
"""))
cells.append(readonly("D1_1_1-class-table", """
# Minimum storage duration (days) and minimum billable object size (KB) per storage class (AWS facts)
S3_CLASSES = {
    "STANDARD":     {"min_days": 0,   "min_kb": 0},
    "STANDARD_IA":  {"min_days": 30,  "min_kb": 128},
    "ONEZONE_IA":   {"min_days": 30,  "min_kb": 128},
    "GLACIER_IR":   {"min_days": 90,  "min_kb": 128},
    "GLACIER":      {"min_days": 90,  "min_kb": 0},   # Glacier Flexible Retrieval
    "DEEP_ARCHIVE": {"min_days": 180, "min_kb": 0},
}
ARCHIVE_OVERHEAD_KB = {"class": 32, "standard": 8}   # per object in GLACIER / DEEP_ARCHIVE
# The lifecycle waterfall: a transition may only go to a class further down this list
WATERFALL = ["STANDARD", "STANDARD_IA", "INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"]
IA_MIN_TRANSITION_DAY = 30                          # lifecycle: no transition to STANDARD_IA / ONEZONE_IA before day 30

# ILLUSTRATIVE prices (USD): storage per GB-month, lifecycle transition requests per 1,000 objects
PRICES = {
    "gb_month": {"STANDARD": 0.023, "STANDARD_IA": 0.0125, "ONEZONE_IA": 0.01, "GLACIER_IR": 0.004,
                 "GLACIER": 0.0036, "DEEP_ARCHIVE": 0.00099},
    "transition_per_1000": 0.02,
}
"""))
cells.append(md(f"""
### Exercise 2.1: what a plan really costs ([lesson §2.2]({L}#2.2-Minimum-duration-and-minimum-size,-worked))

A **plan** is a dict `{{"transitions": [(day, class), ...], "expire_day": int}}`: an object is written to
`STANDARD` on day 0, moves to each class on the given day (days increase), and is deleted on `expire_day`
(after the last transition). Write `storage_cost(size_kb, n_objects, plan, prices)` that returns the total
cost in USD of keeping `n_objects` objects of `size_kb` KB each from day 0 until they are deleted:

1. Split the life into segments, one per class: `[0, d1)` in STANDARD, `[d1, d2)` in the first class, …, the
   last ending at `expire_day`.
2. **Minimum duration:** a segment in a class with a minimum storage duration is billed for at least
   `min_days` days, even when the object leaves it earlier (the early-deletion or early-transition charge).
3. **Minimum size:** in a class with `min_kb > 0`, each object is billed as at least `min_kb` KB. In `GLACIER`
   and `DEEP_ARCHIVE`, each object is billed for `size_kb + 32` KB at that class's price **plus** 8 KB at the
   STANDARD price, for the days of that segment (the same billed days as in step 2).
4. A segment costs `billed_GB × prices["gb_month"][class] × billed_days / 30` per object, with
   `GB = KB / 1024**2`. Each transition also costs `prices["transition_per_1000"]` per 1,000 objects.

Use every argument: the grader varies the prices too.
"""))
cells.append(solution("D1_1_1-storage-cost-code", """
def storage_cost(size_kb, n_objects, plan, prices):
    ### BEGIN SOLUTION
    steps = [(0, "STANDARD")] + list(plan["transitions"])
    ends = [day for day, _ in steps[1:]] + [plan["expire_day"]]
    total = 0.0
    for (start, cls), end in zip(steps, ends):
        days = max(end - start, S3_CLASSES[cls]["min_days"])
        price = prices["gb_month"][cls]
        if cls in ("GLACIER", "DEEP_ARCHIVE"):
            kb_price = (size_kb + ARCHIVE_OVERHEAD_KB["class"]) * price + ARCHIVE_OVERHEAD_KB["standard"] * prices["gb_month"]["STANDARD"]
        else:
            kb_price = max(size_kb, S3_CLASSES[cls]["min_kb"]) * price
        total += kb_price / 1024**2 * days / 30 * n_objects
    total += len(plan["transitions"]) * n_objects / 1000 * prices["transition_per_1000"]
    return total
    ### END SOLUTION
"""))
cells.append(tests("D1_1_1-storage-cost", 3, """
with exercise("D1_1_1-storage-cost"):
    flat = {"transitions": [], "expire_day": 60}
    expect_close(storage_cost(1024, 1000, flat, PRICES), 1000 * 1024 / 1024**2 * 0.023 * 2,
                 "a plan that stays in STANDARD for 60 days is not costed right", rtol=1e-9)
    early = {"transitions": [(30, "GLACIER_IR")], "expire_day": 45}
    late = {"transitions": [(30, "GLACIER_IR")], "expire_day": 120}
    expect_close(storage_cost(1024, 1000, early, PRICES), storage_cost(1024, 1000, late, PRICES),
                 "deleting a GLACIER_IR object after 15 days must cost as much as keeping it 90 days", rtol=1e-9)
    small = {"transitions": [(30, "STANDARD_IA")], "expire_day": 90}
    expect_close(storage_cost(10, 1000, small, PRICES), storage_cost(128, 1000, small, PRICES) - 1000 * 118 / 1024**2 * 0.023,
                 "a 10 KB object in STANDARD_IA must be billed as 128 KB there (and as 10 KB in STANDARD)", rtol=1e-9)
    ### BEGIN HIDDEN TESTS
    def _ref_cost(size_kb, n, plan, prices):
        steps = [(0, "STANDARD")] + list(plan["transitions"])
        ends = [d for d, _ in steps[1:]] + [plan["expire_day"]]
        out = 0.0
        for (s, c), e in zip(steps, ends):
            days = max(e - s, {"STANDARD": 0, "STANDARD_IA": 30, "ONEZONE_IA": 30, "GLACIER_IR": 90,
                               "GLACIER": 90, "DEEP_ARCHIVE": 180}[c])
            if c in ("GLACIER", "DEEP_ARCHIVE"):
                gb = (size_kb + 32) / 1024**2 * prices["gb_month"][c] + 8 / 1024**2 * prices["gb_month"]["STANDARD"]
            else:
                gb = max(size_kb, 128 if c in ("STANDARD_IA", "ONEZONE_IA", "GLACIER_IR") else 0) / 1024**2 * prices["gb_month"][c]
            out += gb * days / 30 * n
        return out + len(plan["transitions"]) * n / 1000 * prices["transition_per_1000"]

    r = np.random.default_rng(11)
    order = ["STANDARD_IA", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"]
    plans = [
        {"transitions": [(30, "GLACIER"), (60, "DEEP_ARCHIVE")], "expire_day": 100},   # early out of GLACIER and DEEP_ARCHIVE
        {"transitions": [(30, "STANDARD_IA"), (60, "GLACIER_IR")], "expire_day": 150},  # exactly the minimums
        {"transitions": [(0, "DEEP_ARCHIVE")], "expire_day": 179},
        {"transitions": [(45, "ONEZONE_IA")], "expire_day": 46},
    ]
    for _ in range(40):
        k = int(r.integers(0, 4))
        chosen = sorted(r.choice(len(order), size=k, replace=False))
        days = np.cumsum(r.integers(1, 120, size=k)) + 29
        plans.append({"transitions": [(int(d), order[i]) for d, i in zip(days, chosen)],
                      "expire_day": int((days[-1] if k else 0) + r.integers(1, 400))})
    for n, plan in enumerate(plans):
        size = float(r.choice([1, 40, 127, 128, 129, 500, 4096, 2.5e5]))
        prices = {"gb_month": {c: float(v * r.uniform(0.5, 2.0)) for c, v in PRICES["gb_month"].items()},
                  "transition_per_1000": float(r.uniform(0.005, 0.1))}
        nobj = int(r.integers(1, 50_000))
        expect_close(storage_cost(size, nobj, plan, prices), _ref_cost(size, nobj, plan, prices),
                     "a hidden plan is not costed as the rules say (minimum duration, minimum size, archive overhead, transitions)",
                     rtol=1e-9, atol=1e-12)
    ### END HIDDEN TESTS
"""))
cells.append(md(f"""
### Exercise 2.2: the lifecycle request ([lesson §2.3]({L}#2.3-The-PutBucketLifecycleConfiguration-request))

Write `lifecycle_request(bucket, plans)` that turns `{{prefix: plan}}` (plans as in 2.1, except that
`expire_day` may be `None`: never delete) into the parameters of S3's `PutBucketLifecycleConfiguration`
(what `boto3.client("s3").put_bucket_lifecycle_configuration(**request)` takes): one enabled rule per prefix,
in the order of `plans`, with `ID` = the prefix without its trailing `/`, a `Filter` on the prefix, its
`Transitions` (`Days`, `StorageClass`; leave the key out when there are none) and its `Expiration` (`Days`;
leave it out when `expire_day` is `None`).

S3 refuses some plans; raise `ValueError` (and build nothing) when a plan:

* moves objects to `STANDARD_IA` or `ONEZONE_IA` before day `IA_MIN_TRANSITION_DAY` (30);
* has transition days that do not strictly increase, or goes *up* the `WATERFALL` (to a class listed before the
  one it leaves);
* expires objects on or before its last transition day.

The check validates your request against botocore's S3 model (field names, storage-class names, types).
"""))
cells.append(solution("D1_1_1-lifecycle-request-code", """
def lifecycle_request(bucket, plans):
    ### BEGIN SOLUTION
    rules = []
    for prefix, plan in plans.items():
        steps = list(plan["transitions"])
        # equivalent-mutant: -1 → -2: transition days are never negative, so any start below 0 accepts day 0 alike
        last_day, last_cls = -1, "STANDARD"
        for day, cls in steps:
            if cls in ("STANDARD_IA", "ONEZONE_IA") and day < IA_MIN_TRANSITION_DAY:
                raise ValueError(f"{prefix}: {cls} needs at least {IA_MIN_TRANSITION_DAY} days")
            if day <= last_day or WATERFALL.index(cls) <= WATERFALL.index(last_cls):
                raise ValueError(f"{prefix}: transitions must go down the waterfall on increasing days")
            last_day, last_cls = day, cls
        rule = {"ID": prefix.rstrip("/"), "Filter": {"Prefix": prefix}, "Status": "Enabled"}
        if steps:
            rule["Transitions"] = [{"Days": int(d), "StorageClass": c} for d, c in steps]
        if plan.get("expire_day") is not None:
            if plan["expire_day"] <= last_day:
                raise ValueError(f"{prefix}: expiration must come after the last transition")
            rule["Expiration"] = {"Days": int(plan["expire_day"])}
        rules.append(rule)
    return {"Bucket": bucket, "LifecycleConfiguration": {"Rules": rules}}
    ### END SOLUTION
"""))
cells.append(tests("D1_1_1-lifecycle-request", 2, """
def _raises(fn, *args):
    try:
        fn(*args)
    except ValueError:
        return True
    return False


with exercise("D1_1_1-lifecycle-request"):
    plans = {"raw/": {"transitions": [(30, "STANDARD_IA"), (120, "GLACIER")], "expire_day": 400},
             "features/": {"transitions": [], "expire_day": 90},
             "models/": {"transitions": [(60, "GLACIER_IR")], "expire_day": None}}
    req = lifecycle_request("acme-ml-lake", plans)
    problems = request_problems("s3", "PutBucketLifecycleConfiguration", req)
    expect(not problems, "the request does not match the S3 model: " + "; ".join(problems[:3]))
    rules = req["LifecycleConfiguration"]["Rules"]
    expect([r.get("Filter", {}).get("Prefix") for r in rules] == list(plans), "one rule per prefix, in the order of `plans`, filtered on the prefix")
    expect(all(r.get("Status") == "Enabled" for r in rules), "every rule must be enabled")
    expect(rules[0].get("Transitions") == [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 120, "StorageClass": "GLACIER"}],
           "the transitions of raw/ are not the plan's")
    expect("Transitions" not in rules[1] and rules[1].get("Expiration") == {"Days": 90}, "features/ has no transition and expires on day 90")
    expect("Expiration" not in rules[2], "models/ never expires: leave Expiration out")
    expect(_raises(lifecycle_request, "b", {"raw/": {"transitions": [(7, "STANDARD_IA")], "expire_day": 90}}),
           "a move to STANDARD_IA on day 7 must raise ValueError")
    ### BEGIN HIDDEN TESTS
    ok = lifecycle_request("b2", {"logs/": {"transitions": [(30, "ONEZONE_IA")], "expire_day": 31},
                                  "x/": {"transitions": [(0, "GLACIER_IR"), (1, "DEEP_ARCHIVE")], "expire_day": 2}})
    expect(ok["Bucket"] == "b2" and [r["ID"] for r in ok["LifecycleConfiguration"]["Rules"]] == ["logs", "x"],
           "Bucket and ID (prefix without '/') are wrong")
    expect(not request_problems("s3", "PutBucketLifecycleConfiguration", ok), "a valid hidden plan gives an invalid request")
    bad = [
        {"transitions": [(29, "ONEZONE_IA")], "expire_day": 100},
        {"transitions": [(29, "STANDARD_IA")], "expire_day": None},
        {"transitions": [(90, "GLACIER"), (90, "DEEP_ARCHIVE")], "expire_day": 400},
        {"transitions": [(90, "GLACIER"), (60, "DEEP_ARCHIVE")], "expire_day": 400},
        {"transitions": [(40, "GLACIER_IR"), (80, "STANDARD_IA")], "expire_day": 400},
        {"transitions": [(40, "GLACIER"), (80, "GLACIER")], "expire_day": 400},
        {"transitions": [(40, "GLACIER")], "expire_day": 40},
        {"transitions": [(40, "GLACIER")], "expire_day": 39},
    ]
    for plan in bad:
        expect(_raises(lifecycle_request, "b", {"ok/": {"transitions": [], "expire_day": 9}, "bad/": plan}),
               "a plan that S3 refuses (IA before day 30, days not increasing, up the waterfall, expiry not after the last move) was accepted")
    good = {"a/": {"transitions": [(30, "STANDARD_IA"), (31, "INTELLIGENT_TIERING"), (32, "ONEZONE_IA"), (33, "GLACIER_IR"),
                                   (34, "GLACIER"), (35, "DEEP_ARCHIVE")], "expire_day": 36},
            "b/": {"transitions": [(0, "DEEP_ARCHIVE")], "expire_day": 1}}
    g = lifecycle_request("b3", good)["LifecycleConfiguration"]["Rules"]
    expect(len(g[0]["Transitions"]) == 6 and g[1]["Expiration"] == {"Days": 1}, "a valid plan down the whole waterfall was refused or changed")
    ### END HIDDEN TESTS
"""))
cells.append(md("""
---
Part 1 is done. Go on with [part 2](d1-1-data-storage-ingestion-part2.ipynb): Kinesis shards, partition keys,
Firehose buffers and the choice of ingestion pattern.
"""))
write_notebook(f"source/{A}/{A}-part1.ipynb", cells)
print("written")
