"""``mlsc01 verify``: the build-time proof that every exercise is honest.

For each assignment it
1. reads every source, release and lesson notebook (valid JSON, stored without outputs),
2. checks every nbgrader cell's grade id names a catalog goal, and nbgrader's own metadata validation,
3. regenerates the student version with nbgrader and compares it with the committed ``release/``,
4. autogrades the source notebooks (every test cell must get full marks) and the untouched release
   notebooks (every test cell must score 0) as two submissions,
5. executes the lesson notebooks; an optional extra lesson (``notebooks/<assignment>-<extra>.ipynb``,
   ``mlsc01.extras``) only where its requirements are installed, with its own budget, and is otherwise
   reported as skipped with what enables it,
6. checks the item bank's authoring rules (``mlsc01.items.check_bank``: the named assignments' topics, or
   the whole bank), as one more row of the table,
and prints a table per notebook. nbgrader's start-up is paid once per worker process, not per notebook.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import course, extras
from .authoring import RUN_ON, needs_run_on_tag
from .catalog import goal_of_grade_id
from .grading import GradeResult, ScratchCourse, scratch_course
from .progress import progress_bar

EXERCISE_BUDGET_S = 20.0
LESSON_BUDGET_S = 30.0
SOLUTION, UNTOUCHED = "solution", "untouched"


@dataclass
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Row:
    name: str
    kind: str
    tests: int = 0
    points: float = 0.0
    goals: list[str] = field(default_factory=list)
    seconds: float | None = None
    untouched_seconds: float | None = None
    ok: bool = True
    budget: float | None = None  # seconds; None: the kind's budget
    skipped: bool = False


def read_notebook(path: Path, problems: list[Problem], rel: str):
    try:
        return nbformat.read(str(path), as_version=4)
    except Exception as exc:  # NotJSONError, ValidationError, OSError
        problems.append(Problem(rel, f"cannot be read as a notebook ({type(exc).__name__}: {str(exc)[:200]}); "
                                     "restore it from git or re-save it from JupyterLab"))
        return None


def stored_outputs(nb) -> list[int]:
    return [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count"))]


def nbgrader_cells(nb):
    for i, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader")
        if meta and (meta.get("grade") or meta.get("solution") or meta.get("task") or meta.get("locked")):
            yield i, cell, meta


def test_cells(nb) -> list[tuple[str, float]]:
    return [(m["grade_id"], float(m.get("points", 0))) for _, c, m in nbgrader_cells(nb)
            if m.get("grade") and c.cell_type == "code"]


SITTING_MAX_MINUTES = 100  # "about 90 minutes" per notebook (docs/authoring.md)


def estimate_problems(nb, rel: str) -> list[Problem]:
    """The first markdown cell states the sitting: exactly one ``*Estimated time: about N minutes.*`` line."""
    from .home import ESTIMATE

    first = next((c for c in nb.cells if c.cell_type == "markdown"), None)
    found = ESTIMATE.findall(first.source) if first is not None else []
    if len(found) != 1:
        return [Problem(rel, "its first markdown cell must hold exactly one line `*Estimated time: about N minutes.*` "
                             "(the course home reads it; docs/authoring.md says how to estimate)")]
    if int(found[0]) > SITTING_MAX_MINUTES:
        return [Problem(rel, f"is estimated at {found[0]} minutes, more than one sitting (about 90): split it into "
                             "<assignment>-part1.ipynb, -part2.ipynb")]
    return []


def check_source(nb, rel: str) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for i, cell, meta in nbgrader_cells(nb):
        gid = meta.get("grade_id", "")
        where = f"{rel} cell {i}"
        if goal_of_grade_id(gid) is None:
            problems.append(Problem(where, f"grade id {gid!r} does not name a catalog goal: write it as the goal id "
                                           "with underscores, a dash and a slug, e.g. D2_1_1-impute-median"))
        if gid in seen:
            problems.append(Problem(where, f"grade id {gid!r} is used twice in the notebook"))
        seen.add(gid)
        if meta.get("grade") and cell.cell_type == "code" and float(meta.get("points", 0)) <= 0:
            problems.append(Problem(where, f"test cell {gid} has no points"))
        if needs_run_on_tag(cell) and RUN_ON not in cell.get("metadata", {}).get("tags", []):
            kind = "test" if meta.get("grade") else "answer"
            problems.append(Problem(where, f"{kind} cell {gid} lacks the {RUN_ON!r} tag, so Run All stops when it fails: "
                                           "add it (mlsc01.authoring.tag_run_on) and re-release"))
        if meta.get("grade") and cell.cell_type == "code" and not meta.get("locked"):
            problems.append(Problem(where, f"test cell {gid} is not locked (learners could edit it)"))
    if not test_cells(nb):
        problems.append(Problem(rel, "has no autograded test cell"))
    return problems


def nbgrader_metadata_problems(path: Path, rel: str) -> list[Problem]:
    """nbgrader's Validator without executing anything: cell metadata, changed cell types, checksums."""
    from nbgrader.preprocessors import CheckCellMetadata, ClearOutput
    from nbgrader.validator import Validator

    validator = Validator()
    validator.preprocessors = [ClearOutput, CheckCellMetadata]
    validator.ignore_checksums = rel.startswith("source/")
    try:
        result = validator.validate(str(path))
    except Exception as exc:
        return [Problem(rel, f"nbgrader validation failed: {type(exc).__name__}: {str(exc)[:300]}")]
    problems = []
    for kind, entries in result.items():
        problems.append(Problem(rel, f"nbgrader validation: {len(entries)} cell(s) {kind.replace('_', ' ')}"))
    return problems


def compare_release(generated: Path, committed: Path, rel: str, assignment: str) -> list[Problem]:
    fix = f"run `mlsc01 release {assignment}` and commit release/{assignment}/"
    if not committed.is_file():
        return [Problem(rel, f"is missing; {fix}")]
    try:
        new, old = json.loads(generated.read_text("utf-8")), json.loads(committed.read_text("utf-8"))
    except json.JSONDecodeError:
        return [Problem(rel, f"is not valid JSON; {fix}")]
    if new == old:
        return []
    if new.get("metadata") != old.get("metadata"):
        return [Problem(rel, f"is stale: notebook metadata differs from a fresh generate_assignment; {fix}")]
    a, b = new.get("cells", []), old.get("cells", [])
    for i in range(max(len(a), len(b))):
        if i >= len(a) or i >= len(b) or a[i] != b[i]:
            cell = a[i] if i < len(a) else b[i]
            gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
            label = f"cell {i}" + (f" ({gid})" if gid else "")
            extra = "" if len(a) == len(b) else f" (source has {len(a)} cells, release {len(b)})"
            return [Problem(rel, f"is stale: {label} differs from a fresh generate_assignment of the source{extra}; {fix}")]
    return [Problem(rel, f"is stale; {fix}")]


def score_problems(result: GradeResult, expected: dict[str, list[tuple[str, float]]], assignment: str) -> list[Problem]:
    student = result.student
    problems = []
    if result.error:
        problems.append(Problem(f"{assignment} ({student})", f"nbgrader autograde failed:\n{result.error}"))
    for nb_name, cells in expected.items():
        got = {c.grade_id: c for c in result.notebooks.get(nb_name, [])}
        folder = "source" if student == SOLUTION else "release"
        rel = f"{folder}/{assignment}/{nb_name}.ipynb"
        for gid, _points in cells:
            c = got.get(gid)
            if c is None:
                problems.append(Problem(rel, f"test cell {gid} was not graded (autograde did not record it)"))
            elif student == SOLUTION and c.score < c.max_score:
                problems.append(Problem(rel, f"test cell {gid} scores {c.score:g}/{c.max_score:g} on the source solution: "
                                             "the reference answer must get full marks; fix the solution or the test"))
            elif student == UNTOUCHED and c.score > 0:
                problems.append(Problem(rel, f"test cell {gid} scores {c.score:g}/{c.max_score:g} on the untouched release: "
                                             "it passes without the learner's code (a vacuous test); make its visible "
                                             "part call the code the learner writes"))
    if student == UNTOUCHED:  # Run All in JupyterLab stops at a raising cell unless it is tagged raises-exception
        for nb_name, cells in result.raised.items():
            for index, gid, tags in cells:
                if "raises-exception" not in tags:
                    problems.append(Problem(f"release/{assignment}/{nb_name}.ipynb",
                                            f"code cell {index + 1}{f' ({gid})' if gid else ''} raises on the untouched "
                                            "release, so Run All stops there: make it run without the learner's code "
                                            "(move the call into the test cell) or tag it raises-exception"))
    return problems


def graded_goals(root: Path) -> set[str]:
    """The goals that have at least one graded test cell in the course's source notebooks."""
    out: set[str] = set()
    for a in course.assignments(root):
        for path in course.source_notebooks(root, a):
            try:
                nb = nbformat.read(str(path), as_version=4)
            except Exception:
                continue  # reported as unreadable by the assignment checks
            out.update(g for g in (goal_of_grade_id(gid) for gid, _ in test_cells(nb)) if g)
    return out


def item_bank_check(root: Path, names: list[str] | None) -> tuple[Row | None, list[Problem]]:
    """The item bank's authoring rules (``mlsc01.items.check_bank``) as one row of the table: the named
    assignments' topics, or the whole bank when none is named. A course folder without a bank has no row."""
    folder = Path(root) / "mlsc01" / "items"
    if not folder.is_dir():
        return None, []
    from .items import check_bank

    problems = [Problem(w, m) for w, m in check_bank(folder, graded_goals=graded_goals(root), topics=names or None)]
    scope = ", ".join(names) if names else "whole bank"
    return Row(f"mlsc01/items/ ({scope})", "item bank", ok=not problems), problems


# ---- work done in worker processes -------------------------------------------------------------

def _grade_job(root: str, folder: str, student: str, assignment: str) -> GradeResult:
    sc = ScratchCourse(Path(root), Path(folder))
    db = Path(folder) / f"gradebook-{student}-{assignment}.db"
    shutil.copy2(Path(folder) / "gradebook.db", db)
    sc.db_url = f"sqlite:///{db}"
    sc.config.CourseDirectory.db_url = sc.db_url
    return sc.autograde(student, assignment)


def _lesson_job(path: str, timeout: int = 300) -> tuple[float, str | None]:
    from nbclient import NotebookClient

    from .grading import prepare_nbgrader

    prepare_nbgrader()
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    start = time.perf_counter()
    try:
        NotebookClient(nb, timeout=timeout, kernel_name="python3", extra_arguments=["--IPKernelApp.log_level=ERROR"],
                       resources={"metadata": {"path": str(Path(path).parent)}}).execute()
    except CellExecutionError as exc:
        lines = [ln for ln in str(exc).splitlines() if ln.strip()]
        return time.perf_counter() - start, "\n".join(lines[-6:])
    except Exception as exc:
        return time.perf_counter() - start, f"{type(exc).__name__}: {exc}"
    return time.perf_counter() - start, None


def _run(job):
    kind, args = job
    return _grade_job(*args) if kind == "grade" else _lesson_job(*args)


def _job_name(job) -> str:
    kind, args = job
    return f"{args[3]} ({args[2]})" if kind == "grade" else Path(args[0]).name


def _pool(jobs: int):
    ctx = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


# ---- the command ---------------------------------------------------------------------------------

def verify(root: Path, names: list[str] | None = None, *, lessons: bool = True, jobs: int = 2,
           strict_budget: bool = False, out=print, keep: bool = False, progress: bool = True) -> int:
    """Verify the assignments; print a table and the problems; return the exit code (0 = all proven)."""
    started = time.perf_counter()
    root = Path(root)
    chosen = course.pick_assignments(root, names)
    problems: list[Problem] = []
    rows: list[Row] = []
    expected: dict[str, dict[str, list[tuple[str, float]]]] = {}

    with scratch_course(root, keep=keep) as sc:
        runnable: list[str] = []
        for a in chosen:
            sources = course.source_notebooks(root, a)
            if not sources:
                problems.append(Problem(f"source/{a}", "has no notebook"))
                continue
            before = len(problems)
            expected[a] = {}
            for path in sources:
                rel = f"source/{a}/{path.name}"
                nb = read_notebook(path, problems, rel)
                if nb is None:
                    continue
                if stored_outputs(nb):
                    problems.append(Problem(rel, f"is stored with outputs or execution counts in cell(s) "
                                                 f"{stored_outputs(nb)[:5]}; run `mlsc01 strip {rel}`"))
                problems.extend(check_source(nb, rel))
                problems.extend(estimate_problems(nb, rel))
                problems.extend(nbgrader_metadata_problems(path, rel))
                cells = test_cells(nb)
                expected[a][path.stem] = cells
                goals = sorted({goal_of_grade_id(g) or "?" for g, _ in cells})
                rows.append(Row(f"{a}/{path.name}", "exercise", len(cells), sum(p for _, p in cells), goals))
            for path in course.release_notebooks(root, a):
                rel = f"release/{a}/{path.name}"
                nb = read_notebook(path, problems, rel)
                if nb is not None and stored_outputs(nb):
                    problems.append(Problem(rel, f"is stored with outputs; run `mlsc01 release {a}`"))
            if len(problems) > before:
                continue
            try:
                generated = sc.generate(a)
            except course.CourseError as exc:
                problems.append(Problem(f"source/{a}", str(exc)))
                continue
            for gen in sorted(generated.glob("*.ipynb")):
                rel = f"release/{a}/{gen.name}"
                stale = compare_release(gen, root / "release" / a / gen.name, rel, a)
                problems.extend(stale)
                if not stale:
                    problems.extend(nbgrader_metadata_problems(root / "release" / a / gen.name, rel))
            extra = {p.name for p in course.release_notebooks(root, a)} - {p.name for p in generated.glob("*.ipynb")}
            for name in sorted(extra):
                problems.append(Problem(f"release/{a}/{name}", f"has no source notebook; run `mlsc01 release {a}`"))
            sc.submit(SOLUTION, a, course.source_notebooks(root, a))
            committed = [root / "release" / a / p.name for p in generated.glob("*.ipynb")]
            sc.submit(UNTOUCHED, a, [p if p.is_file() else generated / p.name for p in committed])
            runnable.append(a)
        bank_row, bank_problems = item_bank_check(root, names)
        if bank_row is not None:
            rows.append(bank_row)
            problems.extend(bank_problems)

        work = [("grade", (str(root), str(sc.folder), SOLUTION, a)) for a in runnable]
        work += [("grade", (str(root), str(sc.folder), UNTOUCHED, a)) for a in runnable]
        lesson_paths: list[tuple[Path, str]] = []
        for a in chosen if lessons else []:  # the topic's own lesson first, then its optional extra lessons
            lesson_paths += sorted(((p, a) for p in course.lessons(root, a)),
                                   key=lambda pa: extras.extra_of(*pa) is not None)
        lesson_extra: dict[str, str] = {}
        skipped: list[tuple[str, str]] = []
        for p, a in lesson_paths:
            rel = f"notebooks/{p.name}"
            nb = read_notebook(p, problems, rel)
            if nb is not None and stored_outputs(nb):
                problems.append(Problem(rel, f"is stored with outputs or execution counts; run `mlsc01 strip {rel}`"))
            if nb is not None:
                problems.extend(estimate_problems(nb, rel))
            extra = extras.extra_of(p, a)
            if extra is not None:
                reason = extras.missing(extra)
                if reason is not None:
                    skipped.append((rel, extras.skip_message(extra, reason)))
                    continue
                lesson_extra[str(p)] = extra
            work.append(("lesson", (str(p),)))
        bar = progress_bar(len(work), "verify", "notebook run", progress)
        if jobs > 1 and len(work) > 1:
            with _pool(jobs) as pool:
                futures = [pool.submit(_run, w) for w in work]
                for fut, w in zip(futures, work, strict=True):
                    fut.add_done_callback(lambda _f, w=w: bar(_job_name(w)))
                results = [f.result() for f in futures]
        else:
            results = []
            for w in work:
                results.append(_run(w))
                bar(_job_name(w))

    graded = {}
    for (kind, args), res in zip(work, results, strict=True):
        if kind == "grade":
            graded[(args[2], args[3])] = res
    for a in runnable:
        for student in (SOLUTION, UNTOUCHED):
            res = graded[(student, a)]
            new = score_problems(res, expected[a], a)
            problems.extend(new)
            for row in rows:
                if row.name.startswith(f"{a}/"):
                    secs = res.seconds.get(Path(row.name).stem)
                    if student == SOLUTION:
                        row.seconds = secs
                    else:
                        row.untouched_seconds = secs
    for row in rows:
        a = row.name.split("/")[0]
        if any(p.where == f"source/{a}" or p.where.startswith((f"source/{a}/", f"release/{a}/", f"{a} ("))
               for p in problems):
            row.ok = False
    for (kind, args), res in zip(work, results, strict=True):
        if kind == "lesson":
            seconds, error = res
            rel = f"notebooks/{Path(args[0]).name}"
            extra = lesson_extra.get(args[0])
            rows.append(Row(rel, "optional lesson" if extra else "lesson", seconds=seconds, ok=error is None,
                            budget=extras.EXTRAS[extra].budget_s if extra else None))
            if error:
                problems.append(Problem(rel, f"fails to execute:\n{error}"))
    rows.extend(Row(rel, "optional lesson", skipped=True) for rel, _ in skipped)

    budget_notes = []
    for row in rows:
        limit = row.budget if row.budget is not None else EXERCISE_BUDGET_S if row.kind == "exercise" else LESSON_BUDGET_S
        if row.seconds is not None and row.seconds > limit:
            budget_notes.append(Problem(row.name, f"took {row.seconds:.1f} s, over the {limit:.0f} s budget"))
    if strict_budget:
        problems.extend(budget_notes)
        for p in budget_notes:
            for row in rows:
                if row.name == p.where:
                    row.ok = False

    out(format_table(rows))
    for rel, message in skipped:
        out(f"{rel}: {message}")
    for note in ([] if strict_budget else budget_notes):
        out(f"warning: {note}")
    total = time.perf_counter() - started
    if problems:
        out(f"\nverify FAILED: {len(problems)} problem(s) in {len(chosen)} assignment(s), {total:.1f} s")
        for p in problems:
            out(f"- {p}")
        return 1
    out(f"\nverify passed: {len(chosen)} assignment(s) proven honest in {total:.1f} s")
    return 0


def format_table(rows: list[Row]) -> str:
    head = ("notebook", "kind", "tests", "points", "goals", "seconds", "result")
    body = []
    for r in rows:
        secs = "-" if r.seconds is None else f"{r.seconds:.1f}"
        if r.untouched_seconds is not None:
            secs += f" ({r.untouched_seconds:.1f} untouched)"
        body.append((r.name, r.kind, str(r.tests) if r.kind == "exercise" else "-",
                     f"{r.points:g}" if r.kind == "exercise" else "-", " ".join(r.goals) or "-", secs,
                     "skipped" if r.skipped else "ok" if r.ok else "FAIL"))
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip() for line in [head, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# ---- mutation testing (`verify --mutants`) -------------------------------------------------------

def verify_mutants(root: Path, names: list[str] | None = None, *, jobs: int = 2, max_per_cell: int | None = None,
                   budget: float | None = None, out=print) -> int:
    """Mutation-test each assignment's hidden tests; print scores and survivors; 0 when every score ≥ 0.95."""
    from .mutants import DEFAULT_MAX_PER_CELL, PASS_SCORE, run_mutants

    if max_per_cell is None:
        max_per_cell = DEFAULT_MAX_PER_CELL
    root = Path(root)
    chosen = course.pick_assignments(root, names)
    failed: list[str] = []
    started = time.perf_counter()
    for a in chosen:
        paths = course.source_notebooks(root, a)
        if not paths:
            out(f"{a}: no source notebook")
            failed.append(a)
            continue
        t0 = time.perf_counter()
        reports = run_mutants(paths, jobs=jobs, max_per_cell=max_per_cell or None, budget=budget)
        for path in paths:
            rep = reports[str(path)]
            rel = f"source/{a}/{path.name}"
            killed, ran = rep.counts()
            score = killed / ran if ran else 1.0
            not_run = sum(o.status == "not run" for o in rep.outcomes)
            cap = f"at most {max_per_cell} per solution cell" if max_per_cell else "all"
            out(f"{rel}: mutation score {score:.2f} ({killed} of {ran} mutants killed; {len(rep.equivalent)} marked "
                f"equivalent; {rep.generated} generated, {cap}) in {time.perf_counter() - t0:.0f} s")
            survivors = [o for o in rep.outcomes if o.status == "survived"]
            by_cell: dict[tuple[int, str], list] = {}
            for o in survivors:
                by_cell.setdefault((o.mutant.cell, o.mutant.grade_id), []).append(o.mutant)
            for (cell, gid), ms in by_cell.items():
                out(f"  survivors in cell {cell} ({gid}):")
                for m in ms:
                    out(f"    line {m.line}: {m.kind}: {m.label}")
            for o in rep.outcomes:
                if o.status == "timeout":
                    out(f"  note: killed by timeout ({', '.join(o.failed)}): {o.mutant.describe()}")
            if not_run:
                out(f"  warning: {not_run} mutant(s) not run (the --mutants-budget of {budget:g} s ran out)"
                    if budget else f"  warning: {not_run} mutant(s) not run")
            for w in rep.warnings:
                out(f"  warning: {w}")
            for p in rep.problems:
                out(f"  problem: {p}")
            if rep.problems or score < PASS_SCORE:
                failed.append(rel)
    total = time.perf_counter() - started
    if failed:
        out(f"\nverify --mutants FAILED in {total:.0f} s: below {PASS_SCORE:.2f} or not testable: {', '.join(failed)}. "
            "Strengthen the hidden tests so each survivor fails (a test value at the boundary, a varied argument, "
            "a second data set), or mark a truly equivalent mutant in the solution region with "
            "`# equivalent-mutant: <before> → <after>: <reason>`")
        return 1
    out(f"\nverify --mutants passed: {len(chosen)} assignment(s), every mutation score ≥ {PASS_SCORE:.2f}, {total:.0f} s")
    return 0
