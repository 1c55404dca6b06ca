"""Per-notebook execution time and the kernel's peak memory, for sizing a class's single-user pods.

Runs every solution notebook (``source/<assignment>/*.ipynb``, what a learner who finished runs) and every
lesson (``notebooks/*.ipynb``) in a fresh kernel, one at a time, in a scratch copy of its folder, and ends
each run with a cell that reads the kernel's peak resident memory (``getrusage`` ``ru_maxrss`` of the kernel
and of the processes it waited for). Prints a table and the totals that ``deploy/README.md`` sizes from.

    .venv/bin/python benchmarks/notebook_footprint.py [--csv FILE] [NAME ...]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
PEAK_CELL = ("import resource as _r, json as _j\n"
             "print('MLSC01_PEAK', _j.dumps([_r.getrusage(_r.RUSAGE_SELF).ru_maxrss, "
             "_r.getrusage(_r.RUSAGE_CHILDREN).ru_maxrss]))")


def measure(path: Path) -> tuple[float, float, float]:
    """(seconds, peak MiB of the kernel, peak MiB of its children) for one notebook run."""
    nb = nbformat.read(str(path), as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PEAK_CELL))
    with tempfile.TemporaryDirectory(prefix="mlsc01-footprint-") as tmp:
        work = Path(tmp) / path.parent.name
        shutil.copytree(path.parent, work, ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints"))
        start = time.perf_counter()
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(work)}},
                       allow_errors=True).execute()
        seconds = time.perf_counter() - start
    out = "".join(o.get("text", "") for o in nb.cells[-1].get("outputs", []))
    line = next(ln for ln in out.splitlines() if ln.startswith("MLSC01_PEAK"))
    own, children = json.loads(line.split(" ", 1)[1])
    return seconds, own / 1024, children / 1024


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("names", nargs="*", help="assignment or lesson names (default: all)")
    p.add_argument("--csv", help="also write the rows to this CSV file")
    args = p.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # as `mlsc01 verify` and `mlsc01 autograde` run them
    paths = sorted((REPO / "source").glob("*/*.ipynb")) + sorted((REPO / "notebooks").glob("*.ipynb"))
    if args.names:
        paths = [q for q in paths if any(n in q.stem for n in args.names)]
    rows = []
    for q in paths:
        kind = "exercise" if q.parent.parent.name == "source" else "lesson"
        secs, own, kids = measure(q)
        rows.append((q.stem, kind, secs, own, kids))
        print(f"{q.stem:52} {kind:9} {secs:6.1f} s  kernel peak {own:7.0f} MiB  children {kids:6.0f} MiB",
              flush=True)
    for kind in ("exercise", "lesson"):
        mine = [r for r in rows if r[1] == kind]
        if mine:
            print(f"{kind}s: {len(mine)}, {sum(r[2] for r in mine):.0f} s in all, slowest {max(r[2] for r in mine):.1f} s, "
                  f"peak kernel memory max {max(r[3] for r in mine):.0f} MiB, median "
                  f"{sorted(r[3] for r in mine)[len(mine) // 2]:.0f} MiB")
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["notebook", "kind", "seconds", "kernel_peak_mib", "children_peak_mib"])
            w.writerows([(n, k, f"{s:.2f}", f"{o:.0f}", f"{c:.0f}") for n, k, s, o, c in rows])
    return 0


if __name__ == "__main__":
    sys.exit(main())
