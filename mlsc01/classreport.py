"""``mlsc01 report``: per-goal results of a class, read from nbgrader's gradebook as the formgrader keeps it.

Writes ``goals_by_student.csv`` (student × goal, fraction of points earned), ``goals_heatmap.png`` and
``struggling_goals.md`` (the goals with the lowest class mastery, with their lesson), and, when
``mlsc01 autograde`` flagged submissions for tampering with the grading, ``tampered_submissions.md``.
"""

from __future__ import annotations

import csv
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


def write_report(rep: ClassReport, out_dir: Path) -> dict[str, Path]:
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
    lines = ["# Goals the class struggles with most", "", "| goal | class mastery | goal text | lesson |", "|---|---|---|---|"]
    for gid, m in rep.struggling():
        g = goal(gid)
        lines.append(f"| {gid} | {m:.0%} | {g.text} | notebooks/{g.assignment}.ipynb |")
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


def _heatmap(rep: ClassReport, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    data = np.array([[rep.mastery(s, g) for g in rep.goals] for s in rep.students]) * 100
    fig, ax = plt.subplots(figsize=(1.0 + 0.6 * len(rep.goals), 1.2 + 0.35 * len(rep.students)))
    im = ax.imshow(data, cmap="RdYlGn", vmin=0, vmax=100, aspect="auto")
    ax.set_xticks(range(len(rep.goals)), rep.goals, rotation=60, ha="right")
    ax.set_yticks(range(len(rep.students)), rep.students)
    ax.set_title("Mastery by student and goal (% of points)")
    fig.colorbar(im, ax=ax, fraction=0.04)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
