"""The course home: a generated, read-only notebook at the top of the learner's workspace.

``mlsc01 start`` and ``mlsc01 grade`` rewrite it (it is the course's file, not the learner's, and says
so): every topic in outline order with its goals (id and short name), links to its lesson and exercise
notebook(s), the estimated study time of each (the ``*Estimated time: about N minutes.*`` line of the
notebook's first markdown cell; "—" when it is missing), the learner's progress per goal from the last
``mlsc01 grade`` with the readiness estimate, and how to grade, get hints and take an exam. JupyterLab
opens on it (``workspace.lab_command``).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import nbformat

from . import course
from .authoring import NOTEBOOK_METADATA
from .catalog import DOMAIN_WEIGHTS, goals, topics
from .extras import EXTRAS, extra_of
from .mastery import IN_PROGRESS, MASTERED, NO_EXERCISE, NOT_ATTEMPTED, PASS_MARK
from .workspace import LESSONS

HOME = "course-home.ipynb"
ESTIMATE = re.compile(r"\*Estimated time: about (\d+) minutes\.\*")
MARKS = {MASTERED: "✓ mastered", IN_PROGRESS: "◐ in progress", NOT_ATTEMPTED: "○ not attempted",
         NO_EXERCISE: "no exercise yet"}


def estimated_minutes(path: Path) -> int | None:
    """N from the ``*Estimated time: about N minutes.*`` line of the notebook's first markdown cell, or None."""
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:
        return None
    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    m = ESTIMATE.search(first.source) if first is not None else None
    return int(m.group(1)) if m else None


def _minutes(n: int | None) -> str:
    return "—" if n is None else f"about {n} min"


def _progress_line(last: dict | None) -> str:
    if last is None:
        return ("**Your progress:** not graded yet. Grade your work with `mlsc01 grade` (below); this page then "
                "shows your progress on every goal.")
    when = last.get("graded_at", "").replace("T", " ").replace("+00:00", " UTC")
    states = [g.get("status") for g in last.get("goals", {}).values()]
    counts = ", ".join(f"{states.count(s)} {s}" for s in (MASTERED, IN_PROGRESS, NOT_ATTEMPTED))
    readiness = last.get("readiness")
    if readiness is None:
        score = "no readiness estimate yet (no exercise graded)"
    else:
        verdict = "at or above" if readiness >= PASS_MARK else "below"
        score = (f"readiness estimate **{readiness:.0f} / 1000** ({verdict} the pass mark of {PASS_MARK}), over the "
                 f"{last.get('goals_with_exercises', 0)} of 70 goals that have exercises so far")
    return (f"**Your progress** (from your last `mlsc01 grade`{', ' + when if when else ''}): {score}; "
            f"goals: {counts}. The mastery plot is [feedback/mastery.png](feedback/mastery.png).")


def _goal_progress(gid: str, last: dict | None, has_exercise: bool) -> str:
    t = (last or {}).get("goals", {}).get(gid) or {}
    status = t.get("status")
    if status in (None, NO_EXERCISE):
        return "not graded yet" if has_exercise else MARKS[NO_EXERCISE]
    share = "" if status == NOT_ATTEMPTED or t.get("mastery") is None else f" ({t['mastery']:.0%})"
    return MARKS.get(status, status) + share


HOW_TO = """## How to study here
1. Open a topic's **lesson**, read it and run it (*Run → Run All Cells*), then open its **exercise**.
2. In the exercise, write each answer where it says `raise NotImplementedError()` and run the notebook.
   Each check answers in one line: `✓ … visible checks pass; hidden checks run when graded`,
   `✗ … wrong: <what is wrong>`, or `○ … not attempted yet`. Run All goes on past a failing check.
3. **Grade** with the hidden tests, in a terminal (*File → New → Terminal*; it starts in this folder):
   - `mlsc01 grade` grades every exercise;
   - `mlsc01 grade {assignment}` grades one assignment, `mlsc01 grade {notebook}` one notebook.

   Your notebooks are copied, never changed. Feedback per notebook and the mastery plot land in `feedback/`, and this page
   shows your new progress: reopen it, or *File → Reload Notebook from Disk*.
4. **Stuck?** In the exercise, `hint("{check}")` shows the first hint for that check (the id is in the
   check's `exercise(...)` line), `hint("{check}", 2)` the next; `hint("{goal}")` lists the check ids of a
   goal. `reveal("{check}")` prints the reference solution, and your progress report records that you looked.
5. **Practise the exam**: `mlsc01 exam new --domain 2 --items 20` writes a practice set of exam-style questions into
   this workspace (it prints the path); answer it, then `mlsc01 exam score` with that path explains every question you
   missed. `mlsc01 exam new` alone draws a full 65-question exam once the bank covers every domain.
"""


def _how_to(root: Path) -> str:
    """The how-to, its examples taken from the course itself (so every id it names exists)."""
    check, assignment, notebook = "D2_1_1-cast-types", "d2-1-data-sanitization", "d2-1-data-sanitization"
    for a in course.assignments(root):
        for p in course.source_notebooks(root, a):
            ids = _grade_ids(root, a)
            if ids:
                check, assignment, notebook = ids[0], a, p.stem
                break
        else:
            continue
        break
    goal_id = check.split("-")[0].replace("_", ".")
    return HOW_TO.format(check=check, goal=goal_id, assignment=assignment, notebook=f"{assignment}/{notebook}.ipynb")


def home_notebook(root: Path, workspace: Path):
    """The course home for ``workspace`` (links relative to it), from the course at ``root``."""
    from .selfgrade import read_last

    root, workspace = Path(root), Path(workspace)
    last = read_last(workspace)
    known = set(course.assignments(root))
    cells = [nbformat.v4.new_markdown_cell(
        "# MLS-C01, hands on: course home\n\n"
        "> **This page is the course's file, not yours.** `mlsc01 start` and `mlsc01 grade` rewrite it, so it is "
        "read-only and anything written here would be lost: keep your notes in your own notebooks. Your work lives "
        "in the exercise folders and in `lessons/`, and is never overwritten.\n\n"
        "The AWS Certified Machine Learning – Specialty (MLS-C01) outline has 70 goals in 18 topics. Work through "
        "the topics in order: each has a lesson and a graded exercise.\n\n" + _progress_line(last)),
        nbformat.v4.new_markdown_cell(_how_to(root))]
    by_topic: dict[str, list] = {}
    for g in goals():
        by_topic.setdefault(g.topic_id, []).append(g)
    domain = None
    for tid, tname, assignment in topics():
        gs = by_topic[tid]
        text = []
        if gs[0].domain != domain:
            domain = gs[0].domain
            text.append(f"## Domain {domain}: {gs[0].domain_name} ({DOMAIN_WEIGHTS[domain]} % of the exam)\n")
        found = course.lessons(root, assignment)
        optional = [(p, x) for p in found if (x := extra_of(p, assignment))]
        lessons = [p for p in found if not extra_of(p, assignment)]
        exercises = course.release_notebooks(root, assignment) if assignment in known else []
        parts = [f"[{'lesson' if len(lessons) == 1 else p.stem}]({LESSONS}/{p.name}) ({_minutes(estimated_minutes(p))})"
                 for p in lessons]
        parts += [f"[{'exercise' if len(exercises) == 1 else p.stem}]({assignment}/{p.name}) "
                  f"({_minutes(estimated_minutes(p))})" for p in exercises]
        times = [estimated_minutes(p) for p in [*lessons, *exercises]]
        total = "—" if not times or None in times else f"about {sum(times)} min"
        # an optional extra lesson (mlsc01.extras) comes last and is not in the total: nothing graded needs it
        extra = [f"optional: [{EXTRAS[x].title}]({LESSONS}/{p.name}) ({_minutes(estimated_minutes(p))}; "
                 f"needs {EXTRAS[x].requirements(x)})" for p, x in optional]
        text.append(f"### {tid} {tname}\n")
        text.append(("Study: " + " · ".join(parts) + f" · in all {total}" + "".join(f" · {e}" for e in extra))
                    if parts else "*Not written yet: this topic's lesson and exercise are coming.*")
        text.append("\n| goal | | your progress |\n|---|---|---|")
        graded = {c.split("-")[0] for c in _grade_ids(root, assignment)} if exercises else set()
        for g in gs:
            text.append(f"| {g.id} | {g.short} | {_goal_progress(g.id, last, g.grade_prefix in graded)} |")
        cells.append(nbformat.v4.new_markdown_cell("\n".join(text)))
    for c in cells:
        c.metadata.update({"editable": False, "deletable": False})
    for i, c in enumerate(cells):
        c["id"] = f"course-home-{i}"  # stable ids: JupyterLab then has nothing to add, the page stays unmodified
    nb = nbformat.v4.new_notebook(metadata={**NOTEBOOK_METADATA, "language_info": _language_info(),
                                            "mlsc01": {"generated": "course home"}})
    nb.cells = cells
    return nb


def _language_info() -> dict:
    """What the kernel will report, so that JupyterLab finds nothing to update (the page never turns "modified")."""
    try:
        from ipykernel.ipkernel import IPythonKernel

        return dict(IPythonKernel.language_info)
    except Exception:
        return dict(NOTEBOOK_METADATA["language_info"])


def _grade_ids(root: Path, assignment: str) -> list[str]:
    from .verify import test_cells

    out = []
    for p in course.source_notebooks(root, assignment):
        try:
            out += [gid for gid, _ in test_cells(nbformat.read(str(p), as_version=4))]
        except Exception:
            continue
    return out


def write_home(root: Path, workspace: Path) -> Path:
    """(Re)write ``<workspace>/course-home.ipynb``, read-only; returns its absolute path."""
    path = Path(workspace).resolve() / HOME
    nb = home_notebook(root, workspace)
    tmp = path.with_name(path.name + ".partial")
    tmp.unlink(missing_ok=True)
    nbformat.write(nb, str(tmp))
    os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    os.replace(tmp, path)
    return path
