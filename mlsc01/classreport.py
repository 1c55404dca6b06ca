"""``mlsc01 report``: per-goal results of a class, read from nbgrader's gradebook as the formgrader keeps it.

Writes ``goals_by_student.csv`` (student × goal, fraction of points earned), ``goals_heatmap.png`` and
``struggling_goals.md`` (the goals with the lowest class mastery, with their lesson), and, when
``mlsc01 autograde`` flagged submissions for tampering with the grading, ``tampered_submissions.md``.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import goal, goal_of_grade_id
from .course import CourseError


@dataclass
class ClassReport:
    students: list[str]
    goals: list[str]
    earned: dict[tuple[str, str], float]
    possible: dict[tuple[str, str], float]
    missing_submissions: dict[str, list[str]]
    tampered: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (student, assignment) -> findings

    def mastery(self, student: str, gid: str) -> float:
        p = self.possible.get((student, gid), 0.0)
        return self.earned.get((student, gid), 0.0) / p if p else 0.0

    def class_mastery(self, gid: str) -> float:
        return sum(self.mastery(s, gid) for s in self.students) / len(self.students) if self.students else 0.0

    def struggling(self, n: int = 5) -> list[tuple[str, float]]:
        ranked = sorted(self.goals, key=lambda g: (self.class_mastery(g), g))
        return [(g, self.class_mastery(g)) for g in ranked[:n]]


def read_class(db_url: str, assignment: str | None = None) -> ClassReport:
    from nbgrader.api import Gradebook, MissingEntry

    earned: dict[tuple[str, str], float] = defaultdict(float)
    possible: dict[tuple[str, str], float] = defaultdict(float)
    missing: dict[str, list[str]] = defaultdict(list)
    goal_ids: set[str] = set()
    with Gradebook(db_url) as gb:
        assignments = [a.name for a in gb.assignments]
        if assignment:
            if assignment not in assignments:
                raise CourseError(f"the gradebook has no assignment {assignment!r}; it has: {', '.join(assignments) or 'none'}")
            assignments = [assignment]
        students = sorted(s.id for s in gb.students)
        for a in assignments:
            cells = []
            for nb in gb.find_assignment(a).notebooks:
                for cell in nb.grade_cells:
                    gid = goal_of_grade_id(cell.name)
                    if gid and cell.cell_type == "code":
                        cells.append((nb.name, cell.name, gid, float(cell.max_score)))
            goal_ids.update(gid for *_, gid, _ in cells)
            for s in students:
                try:
                    gb.find_submission(a, s)
                except MissingEntry:
                    missing[s].append(a)
                    for _, _, gid, mx in cells:
                        possible[(s, gid)] += mx
                    continue
                for nb_name, cell_name, gid, mx in cells:
                    possible[(s, gid)] += mx
                    try:
                        g = gb.find_grade(cell_name, nb_name, a, s)
                    except MissingEntry:
                        continue
                    earned[(s, gid)] += float(g.score or 0.0)
    order = sorted(goal_ids, key=lambda g: tuple(int(x) for x in g[1:].split(".")))
    if not students:
        raise CourseError("the gradebook has no students yet: autograde some submissions first")
    return ClassReport(students, order, dict(earned), dict(possible), dict(missing),
                       tampered=read_tampered(db_url, assignment))


def write_report(rep: ClassReport, out_dir: Path, root: Path | None = None) -> dict[str, Path]:
    """Write the CSV, the heatmap and the struggling goals (linked to their lessons in ``root``) into ``out_dir``."""
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path = out_dir / "goals_by_student.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["student", *rep.goals])
        for s in rep.students:
            w.writerow([s, *(f"{rep.mastery(s, g):.3f}" for g in rep.goals)])
        w.writerow(["class mean", *(f"{rep.class_mastery(g):.3f}" for g in rep.goals)])
    png = out_dir / "goals_heatmap.png"
    _heatmap(rep, png)
    md = out_dir / "struggling_goals.md"
    lines = ["# Goals the class struggles with most", "",
             "| goal | class mastery | goal text | lesson |", "|---|---|---|---|"]
    for gid, m in rep.struggling():
        g = goal(gid)
        lines.append(f"| {g.label} | {m:.0%} | {g.text} | {_lesson_link(g.assignment, root, out_dir)} |")
    if rep.missing_submissions:
        lines += ["", "Missing submissions (counted as 0): " +
                  "; ".join(f"{s}: {', '.join(a)}" for s, a in sorted(rep.missing_submissions.items()))]
    md.write_text("\n".join(lines) + "\n", "utf-8")
    paths = {"csv": csv_path, "heatmap": png, "struggling": md}
    if rep.tampered:
        paths["tampered"] = write_tampered(rep, out_dir / "tampered_submissions.md")
    return paths


# ---- submissions flagged for tampering (written by mlsc01.batch into the gradebook) ----------------

def read_tampered(db_url: str, assignment: str | None = None) -> dict[tuple[str, str], list[str]]:
    """(student, assignment) -> what ``mlsc01 autograde`` found, from the flagged notebooks' comments."""
    from nbgrader.api import Gradebook

    from .batch import TAMPER_PREFIX

    out: dict[tuple[str, str], list[str]] = {}
    with Gradebook(db_url) as gb:
        for a in gb.assignments:
            if assignment and a.name != assignment:
                continue
            for sub in a.submissions:
                for nb in sub.notebooks:
                    if not nb.flagged:
                        continue
                    for c in nb.comments:
                        for line in (c.auto_comment or "").splitlines():
                            if line.startswith(TAMPER_PREFIX):
                                text = line[len(TAMPER_PREFIX):].split(". The automatic score", 1)[0].strip()
                                out.setdefault((sub.student.id, a.name), []).append(text)
    return out


def write_tampered(rep: ClassReport, path: Path) -> Path:
    lines = ["# Submissions flagged for tampering with the grading", "",
             "Their automatic scores stand; review them in the formgrader (the notebooks are flagged).", "",
             "| student | assignment | what was found |", "|---|---|---|"]
    for (student, assignment), found in sorted(rep.tampered.items()):
        lines.append(f"| {student} | {assignment} | {'; '.join(found).replace('|', '/')} |")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _lesson_link(assignment: str, root: Path | None, out_dir: Path) -> str:
    """A markdown link from the report folder to the topic's lesson(s) in the course."""
    if root is None:
        return f"notebooks/{assignment}.ipynb"
    from . import course

    found = course.lessons(Path(root), assignment)
    if not found:
        return f"no lesson yet (notebooks/{assignment}.ipynb)"
    return ", ".join(f"[{p.stem}]({Path(os.path.relpath(p, out_dir)).as_posix()})" for p in found)


def heatmap_layout(n_students: int, n_goals: int) -> dict:
    """Figure size (inches) and what fits, from the number of rows and columns: 3–300 students, 14–70 goals."""
    cell_w = 0.5 if n_goals <= 20 else 0.36 if n_goals <= 40 else 0.26
    cell_h = 0.3 if n_students <= 30 else 0.16 if n_students <= 100 else 0.1
    left, top, bottom = 1.4, 0.9, 2.3  # student names; title and colour bar; goal names (id and short name)
    return {"size": (max(left + cell_w * n_goals + 0.9, 7.0), top + cell_h * (n_students + 1) + bottom),
            "values": cell_w >= 0.36 and cell_h >= 0.16,  # a "100" fits in the cell
            "value_size": 7 if cell_w >= 0.5 else 6,
            "student_step": 1 if cell_h >= 0.16 else 2,  # every other name when the rows are thin
            "student_size": 8 if cell_h >= 0.16 else 6,
            "goal_size": 8 if cell_w >= 0.36 else 6.5}


def _heatmap(rep: ClassReport, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = [*rep.students, "class mean"]
    data = np.array([[rep.mastery(s, g) for g in rep.goals] for s in rep.students]
                    + [[rep.class_mastery(g) for g in rep.goals]]) * 100
    lay = heatmap_layout(len(rep.students), len(rep.goals))
    fig, ax = plt.subplots(figsize=lay["size"])
    im = ax.imshow(data, cmap="RdYlGn", vmin=0, vmax=100, aspect="auto", interpolation="nearest")
    ax.axhline(len(rep.students) - 0.5, color="black", lw=1.2)  # the class mean row below the students
    ax.set_xticks(range(len(rep.goals)), [goal(g).label for g in rep.goals], rotation=60, ha="right",
                  rotation_mode="anchor", fontsize=lay["goal_size"])
    step = lay["student_step"]
    ticks = [i for i in range(len(rows)) if i % step == 0 or i == len(rows) - 1]
    ax.set_yticks(ticks, [rows[i] for i in ticks], fontsize=lay["student_size"])
    if lay["values"]:
        for i in range(data.shape[0]):
            for j in range(data.shape[1]):
                v = data[i, j]
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=lay["value_size"],
                        color="white" if v < 20 or v > 85 else "black")
    n_a = len({a for a in rep.missing_submissions.values() for a in a})
    ax.set_title(f"Mastery by student and goal (% of the goal's points) · {len(rep.students)} students, "
                 f"{len(rep.goals)} goals" + (f" · missing submissions count 0 ({n_a} assignment(s))" if n_a else ""),
                 loc="left", fontsize=10, wrap=True)
    fig.colorbar(im, ax=ax, fraction=0.025, pad=0.01, label="% of points")
    fig.savefig(path, dpi=100, bbox_inches="tight")
    plt.close(fig)
