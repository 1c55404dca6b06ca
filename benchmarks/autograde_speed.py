"""Throughput of `mlsc01 autograde --jobs N` against plain sequential `nbgrader autograde`, same submissions.

    .venv/bin/python benchmarks/autograde_speed.py [--assignment d2-1-data-sanitization] [--n 20] [--jobs 2]

Builds a scratch copy of the course with N submissions of one assignment (a mix of full solutions,
untouched releases and half-solved notebooks), grades one copy with `nbgrader autograde` and another with
`mlsc01 autograde`, checks that every cell got the same score, and prints both times and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}  # nbgrader runs `alembic`


def build(course: Path, assignment: str, n: int) -> None:
    course.mkdir(parents=True)
    shutil.copy(REPO / "nbgrader_config.py", course / "nbgrader_config.py")
    shutil.copytree(REPO / "source" / assignment, course / "source" / assignment)
    subprocess.run([BIN / "nbgrader", "generate_assignment", assignment, "--force"], cwd=course, check=True,
                   capture_output=True, env=ENV)
    src = sorted((course / "source" / assignment).glob("*.ipynb"))
    rel = sorted((course / "release" / assignment).glob("*.ipynb"))
    for i in range(n):
        dest = course / "submitted" / f"student{i:02d}" / assignment
        dest.mkdir(parents=True)
        for s, r in zip(src, rel, strict=True):
            kind = i % 3
            if kind == 0:
                shutil.copy(s, dest / s.name)             # a full solution
            elif kind == 1:
                shutil.copy(r, dest / r.name)             # untouched
            else:                                         # first half of the answers filled in
                nb_s, nb_r = json.loads(s.read_text()), json.loads(r.read_text())
                sol = [i for i, c in enumerate(nb_r["cells"]) if c["metadata"].get("nbgrader", {}).get("solution")]
                for j in sol[: len(sol) // 2]:
                    nb_r["cells"][j]["source"] = nb_s["cells"][j]["source"]
                (dest / r.name).write_text(json.dumps(nb_r))


def scores(course: Path, assignment: str) -> dict:
    sys.path.insert(0, str(REPO))
    from nbgrader.api import Gradebook

    from mlsc01.grading import read_scores

    db = f"sqlite:///{course / 'gradebook.db'}"
    with Gradebook(db) as gb:
        students = [s.id for s in gb.students]
    return {(s, c.grade_id): c.score for s in students for cells in read_scores(db, assignment, s).values()
            for c in cells}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--assignment", default="d2-1-data-sanitization")
    p.add_argument("--n", type=int, default=20)
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mlsc01-bench-"))
    try:
        build(work / "sequential", args.assignment, args.n)
        shutil.copytree(work / "sequential", work / "parallel")
        t = time.perf_counter()
        subprocess.run([BIN / "nbgrader", "autograde", args.assignment, "--force"], cwd=work / "sequential",
                       check=True, capture_output=True, env=ENV)
        seq = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run([BIN / "mlsc01", "autograde", args.assignment, "--jobs", str(args.jobs)],
                       cwd=work / "parallel", check=True, capture_output=True, env=ENV)
        par = time.perf_counter() - t
        a, b = scores(work / "sequential", args.assignment), scores(work / "parallel", args.assignment)
        same = a == b and len(a) > 0
        print(f"{args.n} submissions of {args.assignment}: nbgrader autograde {seq:.1f} s; "
              f"mlsc01 autograde --jobs {args.jobs} {par:.1f} s; ratio {seq / par:.2f}x; "
              f"grades identical: {same} ({len(a)} cells)")
        return 0 if same else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
