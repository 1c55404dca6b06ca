"""Reveal an exercise's reference solution in the notebook, and record that it was revealed."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from . import course
from .workspace import course_root_of, find_workspace, record_reveal

MARKERS = re.compile(r"^[ \t]*### (BEGIN|END) SOLUTION[ \t]*\n?", re.M)


def without_markers(source: str) -> str:
    """The solution as a learner would write it: nbgrader's ``### BEGIN/END SOLUTION`` lines removed."""
    return MARKERS.sub("", source).strip("\n") + "\n"


def solution_source(root: Path, grade_id: str) -> str:
    """The source solution cell(s) behind ``grade_id`` (a solution cell's id, or a test cell's: the cells before it)."""
    for a in course.assignments(root):
        for path in course.source_notebooks(root, a):
            nb = nbformat.read(str(path), as_version=4)
            pending: list[str] = []
            for cell in nb.cells:
                meta = cell.get("metadata", {}).get("nbgrader", {})
                if meta.get("solution") and cell.cell_type == "code":
                    if meta.get("grade_id") == grade_id:
                        return cell.source
                    pending.append(cell.source)
                elif meta.get("grade"):
                    if meta.get("grade_id") == grade_id:
                        if not pending:
                            break
                        return "\n\n".join(pending)
                    pending = []
    from .hints import unknown_check
    from .verify import test_cells

    known = [gid for a in course.assignments(root) for p in course.source_notebooks(root, a)
             for gid, _ in test_cells(nbformat.read(str(p), as_version=4))]
    raise KeyError(unknown_check(grade_id, "solutions", known))


def reveal(grade_id: str) -> None:
    """Print the reference solution for ``grade_id``; your workspace records that you looked."""
    ws = find_workspace()
    root = course_root_of(ws) if ws else course.find_root()
    text = solution_source(root, grade_id)
    if ws:
        record_reveal(ws, grade_id)
    print(f"Reference solution for {grade_id} (recorded in your progress report):\n")
    print(without_markers(text))
