"""``mlsc01 grade``: autograde a learner's workspace with the hidden tests and report mastery by goal.

The learner's notebooks are copied into a scratch nbgrader course (they are never modified), graded
against ``source/`` (hidden tests included), and the report, the feedback HTML and a mastery plot are
written into ``<workspace>/feedback/``.
"""

from __future__ import annotations

import difflib
import json
import shutil
from concurrent.futures import as_completed
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import nbformat

from . import course
from .catalog import goal, goals
from .grading import ScratchCourse, scratch_course
from .mastery import NOT_ATTEMPTED, PASS, WRONG, MasteryReport, build_report
from .progress import progress_bar
from .verify import _pool, test_cells
from .workspace import LESSONS, read_reveals

STUDENT = "learner"
REPORT = "report.json"


@dataclass
class NotebookResult:
    assignment: str
    notebook: str
    submitted: bool
    earned: float
    possible: float
    feedback: str | None = None
    error: str | None = None


@dataclass
class CellResult:
    """One test cell's grade: ``status`` is pass, wrong or not attempted (what the check reported)."""

    assignment: str
    notebook: str
    grade_id: str
    earned: float
    possible: float
    status: str


@dataclass
class Target:
    """What ``mlsc01 grade`` grades: one assignment (all its notebooks, or only ``notebooks``), or everything."""

    assignment: str
    notebooks: list[str] | None = None  # notebook names without .ipynb; None: all of the assignment's

    def covers(self, assignment: str, notebook: str) -> bool:
        return assignment == self.assignment and (self.notebooks is None or notebook in self.notebooks)


@dataclass
class GradeRun:
    report: MasteryReport
    results: list[NotebookResult]  # the notebooks graded in this run
    cells: list[CellResult]  # every test cell of the course: this run's, and the last run's for the others
    written: list[Path] = field(default_factory=list)  # absolute paths
    data: dict = field(default_factory=dict)  # what feedback/report.json holds

    def __iter__(self):  # ``report, results = grade_workspace(...)``
        return iter((self.report, self.results))


def _unknown(what: str, name: str, known: list[str]) -> course.CourseError:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    return course.CourseError(f"no {what} {name!r}.{hint} Known: {', '.join(known) or 'none'}")


def resolve_target(root: Path, workspace: Path, text: str) -> Target:
    """An assignment name (``d2-1-data-sanitization``) or the path of one of the workspace's exercise notebooks."""
    known = course.assignments(root)
    if text in known:
        return Target(text)
    path = Path(text).expanduser()
    if text.endswith(".ipynb") or path.exists():
        path = path.resolve()
        try:
            parts = path.relative_to(Path(workspace).resolve()).parts
        except ValueError:
            raise course.CourseError(f"{path} is not in your workspace {workspace}: grade the copy there, "
                                     f"<workspace>/<assignment>/<notebook>.ipynb") from None
        if len(parts) != 2 or parts[0] not in known:
            raise course.CourseError(f"{path} is not an exercise notebook: those are "
                                     f"{workspace}/<assignment>/<notebook>.ipynb with an assignment among "
                                     f"{', '.join(known)}")
        names = [p.stem for p in course.source_notebooks(root, parts[0])]
        if path.stem not in names:
            raise _unknown(f"notebook of {parts[0]} named", path.name, [f"{n}.ipynb" for n in names])
        if not path.is_file():
            raise course.CourseError(f"{path} does not exist: `mlsc01 start` adds the course's notebooks "
                                     "that your workspace lacks")
        return Target(parts[0], [path.stem])
    raise _unknown("assignment", text, known)


def _status(cell, earned: float, possible: float) -> str:
    if earned >= possible:
        return PASS
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error" and out.get("ename") == "NotAttempted":
            return NOT_ATTEMPTED
    return WRONG


def _cell_statuses(path: Path, scores: dict[str, tuple[float, float]]) -> dict[str, str]:
    """What each test cell of an autograded notebook reported: pass, wrong or not attempted."""
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception:
        return {}
    out = {}
    for cell in nb.cells:
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if gid in scores:
            out[gid] = _status(cell, *scores[gid])
    return out


def _course(root: str, folder: str, assignment: str) -> ScratchCourse:
    """The scratch course with this assignment's own gradebook (assignments are graded in parallel)."""
    sc = ScratchCourse(Path(root), Path(folder))
    sc.db_url = f"sqlite:///{Path(folder) / f'gradebook-{assignment}.db'}"
    sc.config.CourseDirectory.db_url = sc.db_url
    return sc


def _grade_assignment(root: str, folder: str, assignment: str) -> dict:
    shutil.copy2(Path(folder) / "gradebook.db", Path(folder) / f"gradebook-{assignment}.db")
    result = _course(root, folder, assignment).autograde(STUDENT, assignment)
    scores = {nb: [(c.grade_id, c.score, c.max_score) for c in cells] for nb, cells in result.notebooks.items()}
    statuses = {nb: _cell_statuses(Path(folder) / "autograded" / STUDENT / assignment / f"{nb}.ipynb",
                                   {g: (s, m) for g, s, m in cells}) for nb, cells in scores.items()}
    return {"scores": scores, "statuses": statuses, "error": result.error}


def _feedback(root: str, folder: str, assignment: str) -> bool:
    """nbgrader's feedback HTML (hidden tests removed) of the graded assignment."""
    return bool(_course(root, folder, assignment).api().generate_feedback(assignment, STUDENT, force=True).get("success"))


def read_last(workspace: Path) -> dict | None:
    """The report of the last ``mlsc01 grade`` (``<workspace>/feedback/report.json``), or None."""
    path = Path(workspace) / "feedback" / REPORT
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def grade_workspace(root: Path, workspace: Path, *, target: Target | None = None, jobs: int = 2,
                    progress: bool = True, home: bool = True) -> GradeRun:
    """Grade the workspace (or only ``target``) with the hidden tests; write the report, feedback and plot.

    Cells outside ``target`` keep the grades of the last run (so one notebook can be graded alone); the
    learner's files are copied, never changed.
    """
    root, workspace = Path(root), Path(workspace).resolve()
    if not workspace.is_dir():
        raise course.CourseError(f"no workspace at {workspace}: create it with `mlsc01 start --workspace {workspace}` "
                                 "(or `mlsc01 start` for the course's workspace/)")
    results: list[NotebookResult] = []
    out_dir = workspace / "feedback"
    written: list[Path] = []
    last = {(c["assignment"], c["notebook"], c["grade_id"]): c for c in (read_last(workspace) or {}).get("cells", [])}
    last_nbs = {(n["assignment"], n["notebook"]): n for n in (read_last(workspace) or {}).get("notebooks", [])}
    with scratch_course(root) as sc:
        todo = []
        expected: dict[str, dict[str, list[tuple[str, float]]]] = {}
        for a in course.assignments(root):
            sources = course.source_notebooks(root, a)
            expected[a] = {p.stem: test_cells(nbformat.read(str(p), as_version=4)) for p in sources}
            if target is not None and a != target.assignment:
                continue
            chosen = [p for p in sources if target is None or target.covers(a, p.stem)]
            mine = [workspace / a / p.name for p in chosen if (workspace / a / p.name).is_file()]
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
        pool = _pool(min(jobs, len(todo))) if jobs > 1 and todo else None
        try:
            if pool:
                # Even one assignment is graded in a worker: meanwhile this process loads matplotlib for the
                # plot, and draws it while the worker writes the feedback (about 2 s of a one-notebook grade).
                futures = {pool.submit(_grade_assignment, str(root), str(sc.folder), a): a for a in todo}
                _warm_plotting()
                feedback = {}
                for fut in as_completed(futures):
                    a = futures[fut]
                    graded[a] = fut.result()
                    feedback[a] = pool.submit(_feedback, str(root), str(sc.folder), a)
                    bar(a)
            else:
                for a in todo:
                    graded[a] = _grade_assignment(str(root), str(sc.folder), a)
                    bar(a)
            cells, results = _collect(expected, graded, results, target, last)
            report = build_report([(c.grade_id, c.earned, c.possible, c.status) for c in cells],
                                  lesson_for=lambda g: f"{LESSONS}/{g.assignment}.ipynb",
                                  exercise_for=lambda g: _exercise_for(g, cells),
                                  revealed=[r["grade_id"] for r in read_reveals(workspace)])
            out_dir.mkdir(parents=True, exist_ok=True)
            plot_mastery(report, out_dir / "mastery.png")
            for a in todo:
                if pool:
                    feedback[a].result()
                else:
                    _feedback(str(root), str(sc.folder), a)
        finally:
            if pool:
                pool.shutdown()
        for res in results:
            src = sc.folder / "feedback" / STUDENT / res.assignment / f"{res.notebook}.html"
            if res.submitted and src.is_file():
                dest = out_dir / res.assignment / f"{res.notebook}.html"
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dest)
                res.feedback = str(dest.relative_to(workspace))
                written.append(dest)
    results.sort(key=lambda r: (r.assignment, r.notebook))
    graded_now = {(r.assignment, r.notebook) for r in results}
    every_nb = [asdict(r) for r in results] + [n for k, n in last_nbs.items() if k not in graded_now
                                               and k[0] in expected and k[1] in expected[k[0]]]
    data = report_json(report, results)
    data.update(graded_at=datetime.now(UTC).isoformat(timespec="seconds"),
                notebooks=sorted(every_nb, key=lambda n: (n["assignment"], n["notebook"])),
                cells=[asdict(c) for c in cells])
    (out_dir / REPORT).write_text(json.dumps(data, indent=1), "utf-8")
    written[:0] = [out_dir / REPORT, out_dir / "mastery.png"]
    if home:
        from .home import write_home

        written.append(write_home(root, workspace))
    return GradeRun(report, results, cells, written, data)


def _collect(expected, graded, results, target, last) -> tuple[list[CellResult], list[NotebookResult]]:
    """Every test cell's grade (this run's, or the last run's outside ``target``) and this run's notebooks."""
    cells: list[CellResult] = []
    results = list(results)
    for a, notebooks in expected.items():
        for nb_name, nb_cells in notebooks.items():
            if target is not None and not target.covers(a, nb_name):
                for gid, pts in nb_cells:  # not graded now: the last run's grade, else not attempted
                    old = last.get((a, nb_name, gid))
                    if old and float(old.get("possible", -1)) == pts:
                        cells.append(CellResult(a, nb_name, gid, float(old["earned"]), pts, old["status"]))
                    else:
                        cells.append(CellResult(a, nb_name, gid, 0.0, pts, NOT_ATTEMPTED))
                continue
            if any(r.assignment == a and r.notebook == nb_name for r in results):  # unreadable
                cells.extend(CellResult(a, nb_name, gid, 0.0, pts, WRONG) for gid, pts in nb_cells)
                continue
            info = graded.get(a, {})
            got = {gid: (s, m) for gid, s, m in info.get("scores", {}).get(nb_name, [])}
            status = info.get("statuses", {}).get(nb_name, {})
            submitted = nb_name in info.get("scores", {})
            earned = 0.0
            for gid, pts in nb_cells:
                score = got.get(gid, (0.0, pts))[0] if submitted else 0.0
                earned += score
                cells.append(CellResult(a, nb_name, gid, score, pts,
                                        status.get(gid, WRONG if submitted else NOT_ATTEMPTED)))
            results.append(NotebookResult(a, nb_name, submitted, earned, sum(p for _, p in nb_cells),
                                          error=info.get("error")))
    return cells, results


def _exercise_for(g, cells: list[CellResult]) -> str:
    """The exercise notebook that holds the goal's first check not passed yet (split assignments: that part)."""
    mine = [c for c in cells if c.grade_id.startswith(g.grade_prefix + "-")]
    todo = [c for c in mine if c.earned < c.possible] or mine
    return f"{todo[0].assignment}/{todo[0].notebook}.ipynb" if todo else f"{g.assignment}/"


def report_json(report: MasteryReport, results: list[NotebookResult]) -> dict:
    data = report.to_json()
    data["notebooks"] = [{"assignment": r.assignment, "notebook": r.notebook, "submitted": r.submitted,
                          "earned": r.earned, "possible": r.possible, "feedback": r.feedback, "error": r.error}
                         for r in results]
    return data


def _warm_plotting() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401


STATUS_COLOURS = {"mastered": "#2e7d32", "in progress": "#f9a825", "not attempted": "#9e9e9e"}


def plot_mastery(report: MasteryReport, path: Path) -> None:
    import matplotlib.pyplot as plt

    fig = mastery_figure(report)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)


def mastery_figure(report: MasteryReport):
    """One bar per goal with exercises, named by id and short name; *not attempted* is a hatched outline,
    not a 0 % bar, and every bar carries its value."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    ids = [g for g, t in report.goals.items() if t.possible > 0][::-1]  # first goal on top
    fig, ax = plt.subplots(figsize=(8.5, 0.34 * max(len(ids), 3) + 1.6))
    for y, gid in enumerate(ids):
        t = report.goals[gid]
        if t.status == "not attempted":
            ax.barh(y, 100, color="none", edgecolor="#d0d0d0", hatch="///", lw=0.6)
            ax.text(2, y, "not attempted", va="center", fontsize=8, color="#424242",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
        else:
            ax.barh(y, t.mastery * 100, color=STATUS_COLOURS[t.status])
            x = t.mastery * 100
            ax.text(x + 1 if x < 88 else x - 1, y, f"{x:.0f} %", va="center", ha="left" if x < 88 else "right",
                    fontsize=8, color="black" if x < 88 else "white")
    ax.set_yticks(range(len(ids)), [goal(g).label for g in ids], fontsize=8)
    ax.set_xlim(0, 100)
    ax.set_xlabel("mastery (% of the goal's points, hidden tests included)")
    score = "—" if report.readiness is None else f"{report.readiness:.0f}"
    ax.set_title(f"Mastery by goal · readiness {score} / 1000 (pass mark 750)", loc="left", fontsize=10, pad=18)
    ax.legend(handles=[Patch(color=STATUS_COLOURS["mastered"], label="mastered"),
                       Patch(color=STATUS_COLOURS["in progress"], label="in progress"),
                       Patch(facecolor="none", edgecolor=STATUS_COLOURS["not attempted"], hatch="///",
                             label="not attempted")],
              loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=3, fontsize=8, frameon=False,
              borderaxespad=0.2)
    fig.tight_layout()
    return fig


def format_report(report: MasteryReport, results: list[NotebookResult], target: Target | None = None) -> str:
    lines = ["Graded now:" if target else "Notebooks:"]
    for r in results:
        state = "not in your workspace" if not r.submitted else f"{r.earned:g}/{r.possible:g}"
        extra = f"  feedback: {r.feedback}" if r.feedback else ""
        lines.append(f"  {r.assignment}/{r.notebook}.ipynb  {state}{extra}" + (f"\n    problem: {r.error}" if r.error else ""))
    if target:
        lines.append("  (the other notebooks keep the grades of your last `mlsc01 grade`)")
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
            lines.append(f"  {goal(gid).label:<42} {t.mastery:5.0%}  ({t.earned:g}/{t.possible:g})  {t.status}")
    if report.readiness is None:
        lines.append("\nReadiness: no exercises graded yet.")
    else:
        verdict = "at or above" if report.passed else "below"
        lines.append(f"\nReadiness estimate: {report.readiness:.0f} / 1000 ({verdict} the pass mark of 750), "
                     f"based on the {report.goals_with_exercises} of 70 goals that have exercises so far.")
    if report.recommendations:
        lines.append("\nStudy next:")
        for r in report.recommendations:
            lines.append(f"  {goal(r.goal).label} ({r.mastery:.0%}): {r.text[:90]}…\n"
                         f"      lesson {r.lesson}, exercise {r.exercise}")
    else:
        lines.append("\nEvery goal with exercises is mastered.")
    if report.revealed:
        lines.append(f"\nSolutions you revealed: {', '.join(report.revealed)}")
    return "\n".join(lines)
