"""Build nbgrader source notebooks from plain Python, with stable minimal metadata.

Authors may edit the ``.ipynb`` files in JupyterLab's nbgrader panel or write
them with these helpers; either way the saved notebook carries no outputs,
no execution counts and only the metadata below, so diffs stay reviewable.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

from .catalog import goal_of_grade_id

# Run All goes on past a failing check or a broken answer: JupyterLab sends stop_on_error=false for a cell
# with this tag, nbclient runs on, and nbgrader still scores a failing tagged test cell 0.
RUN_ON = "raises-exception"

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
NOTEBOOK_METADATA = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"}}


def _check_grade_id(grade_id: str) -> None:
    if goal_of_grade_id(grade_id) is None:
        raise ValueError(f"grade id {grade_id!r} must start with a catalog goal id in the form D2_1_1- then a slug")


def _nbgrader(grade_id: str, *, grade: bool, solution: bool, locked: bool, points: float | None = None,
              task: bool = False) -> dict:
    _check_grade_id(grade_id)
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _clean(text: str) -> str:
    return text.strip("\n")


def md(text: str):
    """A plain markdown cell (lesson text, instructions)."""
    return nbformat.v4.new_markdown_cell(_clean(text))


def code(text: str):
    """A plain code cell that the learner may edit (setup, worked example)."""
    return nbformat.v4.new_code_cell(_clean(text))


def readonly(grade_id: str, text: str):
    """A locked code cell (data loading the tests rely on)."""
    return nbformat.v4.new_code_cell(_clean(text), metadata=_nbgrader(grade_id, grade=False, solution=False, locked=True))


def solution(grade_id: str, text: str):
    """An autograded-answer cell; wrap the answer in ``### BEGIN SOLUTION`` / ``### END SOLUTION``."""
    if "### BEGIN SOLUTION" not in text:
        raise ValueError(f"{grade_id}: a solution cell needs ### BEGIN SOLUTION / ### END SOLUTION")
    meta = _nbgrader(grade_id, grade=False, solution=True, locked=False)
    return nbformat.v4.new_code_cell(_clean(text), metadata={**meta, "tags": [RUN_ON]})


def tests(grade_id: str, points: float, text: str):
    """An autograded test cell worth ``points``; hidden parts go between ``### BEGIN/END HIDDEN TESTS``."""
    if points <= 0:
        raise ValueError(f"{grade_id}: a test cell needs points > 0")
    meta = _nbgrader(grade_id, grade=True, solution=False, locked=True, points=points)
    return nbformat.v4.new_code_cell(_clean(text), metadata={**meta, "tags": [RUN_ON]})


def new_notebook(cells):
    nb = nbformat.v4.new_notebook(metadata=dict(NOTEBOOK_METADATA))
    nb.cells = list(cells)
    return nb


def strip(nb):
    """Remove outputs, execution counts, cell ids and volatile metadata, in place."""
    nb.metadata = {k: v for k, v in nb.metadata.items() if k in ("kernelspec", "language_info", "mlsc01")}
    if "language_info" in nb.metadata:
        nb.metadata["language_info"] = {"name": nb.metadata["language_info"].get("name", "python")}
    for cell in nb.cells:
        cell.pop("id", None)
        keep = {k: v for k, v in cell.get("metadata", {}).items() if k in ("nbgrader", "deletable", "editable", "tags")}
        if not keep.get("tags"):
            keep.pop("tags", None)
        cell["metadata"] = keep
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def needs_run_on_tag(cell) -> bool:
    """An answer or test cell: Run All must go on past it when it fails."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return cell.get("cell_type") == "code" and bool(meta.get("grade") or meta.get("solution"))


def tag_run_on(nb) -> int:
    """Give every answer and test cell the ``raises-exception`` tag, in place; returns how many were added."""
    added = 0
    for cell in nb.cells:
        if needs_run_on_tag(cell):
            tags = cell.setdefault("metadata", {}).setdefault("tags", [])
            if RUN_ON not in tags:
                tags.append(RUN_ON)
                added += 1
    return added


def write_notebook(path: str | Path, cells_or_nb) -> Path:
    """Write a notebook stripped of outputs, as nbformat 4.5 minus cell ids (stable diffs)."""
    path = Path(path)
    nb = cells_or_nb if hasattr(cells_or_nb, "cells") else new_notebook(cells_or_nb)
    strip(nb)
    nb.nbformat, nb.nbformat_minor = 4, 4
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nbformat.writes(nb) + "\n", "utf-8")
    return path
