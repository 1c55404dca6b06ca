"""How fast each visible test cell answers a learner (target: under 1 s).

    .venv/bin/python benchmarks/visible_checks.py

Runs every source notebook with its hidden tests removed (what a learner runs: the release plus correct
answers) and prints, per notebook, the slowest and the median test cell.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
HIDDEN = re.compile(r"[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[ \t]*\n?", re.S)


def check_times(path: Path) -> list[tuple[float, str]]:
    """(seconds, grade id) of every test cell of ``path`` run without its hidden tests."""
    nb = nbformat.read(str(path), 4)
    for c in nb.cells:
        if c.cell_type == "code":
            c.source = HIDDEN.sub("", c.source)
    starts: dict[int, float] = {}
    times: list[tuple[float, str]] = []

    def started(cell, cell_index):
        starts[cell_index] = time.perf_counter()

    def done(cell, cell_index, execute_reply):
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade"):
            times.append((time.perf_counter() - starts[cell_index], meta["grade_id"]))

    NotebookClient(nb, timeout=300, kernel_name="python3", extra_arguments=["--IPKernelApp.log_level=ERROR"],
                   resources={"metadata": {"path": str(path.parent)}}, on_cell_start=started,
                   on_cell_executed=done).execute()
    return times


def main() -> int:
    slow = 0
    for path in sorted((REPO / "source").glob("*/*.ipynb")):
        times = check_times(path)
        worst = max(times)
        slow += sum(t > 1.0 for t, _ in times)
        print(f"{path.parent.name}: {len(times)} test cells, slowest {worst[0]:.2f} s ({worst[1]}), "
              f"median {sorted(t for t, _ in times)[len(times) // 2]:.2f} s")
    print(f"{slow} visible test cell(s) over 1 s")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
