"""``mlsc01 grade``: autograde a learner's workspace with the hidden tests and report mastery by goal.

The learner's notebooks are copied into a scratch nbgrader course (they are never modified), graded
against ``source/`` (hidden tests included), and the report, the feedback HTML and a mastery plot are
written into ``<workspace>/feedback/``.
"""

from __future__ import annotations

import json
import shutil
from concurrent.futures import as_completed
from dataclasses import dataclass
from pathlib import Path

import nbformat

from . import course
from .catalog import goals
from .grading import ScratchCourse, scratch_course
from .mastery import MasteryReport, build_report
from .progress import progress_bar
from .verify import _pool, test_cells
from .workspace import LESSONS, read_reveals

STUDENT = "learner"


@dataclass
class NotebookResult:
    assignment: str
    notebook: str
    submitted: bool
    earned: float
    possible: float
    feedback: str | None = None
    error: str | None = None


def _grade_assignment(root: str, folder: str, assignment: str) -> dict:
    sc = ScratchCourse(Path(root), Path(folder))
    db = Path(folder) / f"gradebook-{assignment}.db"
    shutil.copy2(Path(folder) / "gradebook.db", db)
    sc.db_url = f"sqlite:///{db}"
    sc.config.CourseDirectory.db_url = sc.db_url
    result = sc.autograde(STUDENT, assignment)
    api = sc.api()
    fb = api.generate_feedback(assignment, STUDENT, force=True)
    return {"scores": {nb: [(c.grade_id, c.score, c.max_score) for c in cells] for nb, cells in result.notebooks.items()},
            "error": result.error, "feedback_ok": bool(fb.get("success"))}


def grade_workspace(root: Path, workspace: Path, *, jobs: int = 2, progress: bool = True):
    root, workspace = Path(root), Path(workspace)
    if not workspace.is_dir():
        raise course.CourseError(f"no workspace at {workspace}: create it with `mlsc01 start` (or pass --workspace DIR)")
    results: list[NotebookResult] = []
    cell_scores: list[tuple[str, float, float]] = []
    out_dir = workspace / "feedback"
    with scratch_course(root) as sc:
        todo = []
        expected: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for a in course.assignments(root):
            sources = course.source_notebooks(root, a)
            expected[a] = {}
            for p in sources:
                nb = nbformat.read(str(p), as_version=4)
                expected[a][p.stem] = test_cells(nb)
            mine = [workspace / a / p.name for p in sources if (workspace / a / p.name).is_file()]
            bad = []
            for p in mine:
                try:
                    nbformat.read(str(p), as_version=4)
                except Exception as exc:
                    bad.append(p)
                    results.append(NotebookResult(a, p.stem, True, 0, sum(x for _, x in expected[a][p.stem]),
                                                  error=f"cannot be read as a notebook ({type(exc).__name__}); "
                                                        "your file is unchanged: fix it in JupyterLab or restore it"))
            mine = [p for p in mine if p not in bad]
            if mine:
                sc.generate(a)
                sc.submit(STUDENT, a, mine)
                todo.append(a)
        graded: dict[str, dict] = {}
        bar = progress_bar(len(todo), "grading", "assignment", progress)
        if jobs > 1 and len(todo) > 1:
            with _pool(jobs) as pool:
                futures = {pool.submit(_grade_assignment, str(root), str(sc.folder), a): a for a in todo}
                for fut in as_completed(futures):
                    graded[futures[fut]] = fut.result()
                    bar(futures[fut])
        else:
            for a in todo:
                graded[a] = _grade_assignment(str(root), str(sc.folder), a)
                bar(a)
        for a, notebooks in expected.items():
            for nb_name, cells in notebooks.items():
                if any(r.assignment == a and r.notebook == nb_name for r in results):
                    cell_scores.extend((gid, 0.0, pts) for gid, pts in cells)
                    continue
                got = {gid: (s, m) for gid, s, m in graded.get(a, {}).get("scores", {}).get(nb_name, [])}
                submitted = a in graded and nb_name in graded[a]["scores"]
                earned = 0.0
                for gid, pts in cells:
                    s = got.get(gid, (0.0, pts))[0] if submitted else 0.0
                    earned += s
                    cell_scores.append((gid, s, pts))
                res = NotebookResult(a, nb_name, submitted, earned, sum(p for _, p in cells),
                                     error=graded.get(a, {}).get("error"))
                src = sc.folder / "feedback" / STUDENT / a / f"{nb_name}.html"
                if submitted and src.is_file():
                    dest = out_dir / a / f"{nb_name}.html"
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, dest)
                    res.feedback = str(dest.relative_to(workspace))
                results.append(res)

    def lesson_for(g):
        return f"{LESSONS}/{g.assignment}.ipynb"

    def exercise_for(g):
        nbs = sorted((workspace / g.assignment).glob("*.ipynb")) if (workspace / g.assignment).is_dir() else []
        return str(nbs[0].relative_to(workspace)) if nbs else f"{g.assignment}/"

    report = build_report(cell_scores, lesson_for=lesson_for, exercise_for=exercise_for,
                          revealed=[r["grade_id"] for r in read_reveals(workspace)])
    results.sort(key=lambda r: (r.assignment, r.notebook))
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(report_json(report, results), indent=1), "utf-8")
    plot_mastery(report, out_dir / "mastery.png")
    return report, results


def report_json(report: MasteryReport, results: list[NotebookResult]) -> dict:
    data = report.to_json()
    data["notebooks"] = [{"assignment": r.assignment, "notebook": r.notebook, "submitted": r.submitted,
                          "earned": r.earned, "possible": r.possible, "feedback": r.feedback, "error": r.error}
                         for r in results]
    return data


def plot_mastery(report: MasteryReport, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ids = [g for g, t in report.goals.items() if t.possible > 0]
    vals = [report.goals[g].mastery * 100 for g in ids]
    fig, ax = plt.subplots(figsize=(7, 0.32 * max(len(ids), 3) + 1.2))
    colors = ["#2e7d32" if v >= 75 else "#f9a825" if v >= 40 else "#c62828" for v in vals]
    ax.barh(ids[::-1], vals[::-1], color=colors[::-1])
    ax.axvline(75, color="grey", ls="--", lw=1)
    ax.set_xlim(0, 100)
    ax.set_xlabel("mastery (% of points)")
    score = "—" if report.readiness is None else f"{report.readiness:.0f}"
    ax.set_title(f"Mastery by goal · readiness {score} / 1000 (pass 750)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def format_report(report: MasteryReport, results: list[NotebookResult]) -> str:
    lines = ["Notebooks:"]
    for r in results:
        state = "not started" if not r.submitted else f"{r.earned:g}/{r.possible:g}"
        extra = f"  feedback: {r.feedback}" if r.feedback else ""
        lines.append(f"  {r.assignment}/{r.notebook}.ipynb  {state}{extra}" + (f"\n    problem: {r.error}" if r.error else ""))
    lines.append("\nMastery by domain:")
    names = {g.domain: g.domain_name for g in goals()}
    for d, t in report.domains.items():
        m = "no exercises yet" if t.mastery is None else f"{t.mastery:5.0%}  ({t.earned:g}/{t.possible:g})"
        lines.append(f"  D{d} {names[d]:<50} {m}")
    lines.append("\nMastery by topic (topics with exercises):")
    topic_names = {g.topic_id: g.topic_name for g in goals()}
    for tid, t in report.topics.items():
        if t.possible:
            lines.append(f"  {tid:6} {topic_names[tid]:<48} {t.mastery:5.0%}  ({t.earned:g}/{t.possible:g})")
    lines.append("\nMastery by goal (goals with exercises):")
    for gid, t in report.goals.items():
        if t.possible:
            lines.append(f"  {gid:8} {t.mastery:5.0%}  ({t.earned:g}/{t.possible:g})")
    if report.readiness is None:
        lines.append("\nReadiness: no exercises graded yet.")
    else:
        verdict = "at or above" if report.passed else "below"
        lines.append(f"\nReadiness estimate: {report.readiness:.0f} / 1000 ({verdict} the pass mark of 750), "
                     f"based on the {report.goals_with_exercises} of 70 goals that have exercises so far.")
    if report.recommendations:
        lines.append("\nStudy next:")
        for r in report.recommendations:
            lines.append(f"  {r.goal} ({r.mastery:.0%}): {r.text[:90]}…\n      lesson {r.lesson}, exercise {r.exercise}")
    else:
        lines.append("\nEvery goal with exercises is mastered.")
    if report.revealed:
        lines.append(f"\nSolutions you revealed: {', '.join(report.revealed)}")
    return "\n".join(lines)


