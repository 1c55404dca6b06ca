"""``mlsc01 autograde ASSIGNMENT --jobs N``: grade a class's submissions in parallel, sandboxed, into the
course's own gradebook (the one the formgrader reads).

N worker processes each run ``nbgrader autograde`` for one student at a time on the real course (separate
students write separate rows and folders; SQLite serialises the short writes, a database server such as
PostgreSQL — ``CourseDirectory.db_url``, set from ``MLSC01_DB_URL`` — takes them at once), with nbgrader's Execute
step replaced by :class:`mlsc01.sandbox.SandboxExecute`, which runs the notebook in a bubblewrap sandbox
within a hard time limit per submission. Everything else, and so every grade, is nbgrader's own.

Code that touches the grading machinery (:mod:`mlsc01.tamper`) is reported in the table, the summary CSV
and the gradebook (the notebook is flagged and the answer cell's comment says what was found, for the
formgrader); its score is left as graded.

Bad submissions get a recorded outcome and never stop the batch; ``submitted/`` is only read: each
submission is staged (copied, with fixes such as a renamed notebook) and graded from the staged copy.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import time
from concurrent.futures import as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .course import CourseError
from .grading import course_db_url, load_course_config, read_scores, sqlite_path
from .progress import progress_bar
from .verify import _pool

AUTOGRADE_TAIL = ["nbgrader.preprocessors.IgnorePattern", "nbconvert.preprocessors.ClearMetadataPreprocessor",
                  "nbgrader.preprocessors.LimitOutput", "nbgrader.preprocessors.SaveAutoGrades",
                  "nbgrader.preprocessors.AssignLatePenalties", "nbgrader.preprocessors.CheckCellMetadata"]


@dataclass
class Outcome:
    student: str
    score: float = 0.0
    max_score: float = 0.0
    graded: bool = False
    failed: bool = False  # the grader could not run the notebook (not the learner's doing)
    notes: list[str] = field(default_factory=list)
    tamper: list[str] = field(default_factory=list)  # what learner code did to the grading machinery
    seconds: float = 0.0


def _expected_notebooks(db_url: str, assignment: str) -> list[str]:
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url) as gb:
        try:
            return sorted(nb.name for nb in gb.find_assignment(assignment).notebooks)
        except MissingEntry:
            raise CourseError(f"the gradebook has no assignment {assignment!r}: run "
                              f"`nbgrader generate_assignment {assignment}` first") from None


def stage_submission(src: Path, dest: Path, expected: list[str], release: Path) -> list[str]:
    """Copy a submission into ``dest`` with the expected notebook names; say what was done about problems."""
    notes = []
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints"), dirs_exist_ok=True)
    present = {p.stem: p for p in dest.glob("*.ipynb")}
    for name in expected:
        target = dest / f"{name}.ipynb"
        if name not in present:
            others = [p for s, p in present.items() if s not in expected]
            if len(others) == 1:
                others[0].rename(target)
                present.pop(others[0].stem)
                notes.append(f"{others[0].name} graded as {name}.ipynb (saved under another name)")
            else:
                shutil.copyfile(release / f"{name}.ipynb", target)
                notes.append(f"{name}.ipynb missing from the submission: graded as not attempted (0)")
                continue
        try:
            nbformat.read(str(target), as_version=4)
        except Exception as exc:
            shutil.copyfile(release / f"{name}.ipynb", target)
            notes.append(f"{name}.ipynb is not a readable notebook ({type(exc).__name__}): graded 0; "
                         "the submitted file is kept unchanged in submitted/")
    return notes


_FINALIZER: list = []


def _grade_student(root: str, staging: str, student: str, assignment: str, sandbox: bool, memory_mb: int,
                   prestart: bool = True) -> dict:
    """Run nbgrader autograde for one staged submission, into the course's gradebook (in a worker process)."""
    from multiprocessing.util import Finalize

    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    import mlsc01.sandbox as sbx

    from .grading import prepare_nbgrader

    start = time.perf_counter()
    sbx.begin_submission()
    sbx.SUBMISSION["prestart"] = prestart
    if not _FINALIZER:  # a warm sandbox left at the end goes with the worker
        _FINALIZER.append(Finalize(None, sbx.discard_warm, exitpriority=100))
    prepare_nbgrader()
    config = _course_config(Path(root))
    config.CourseDirectory.submitted_directory = staging
    config.Autograde.autograde_preprocessors = ["mlsc01.sandbox.SandboxExecute", *AUTOGRADE_TAIL]
    config.SandboxExecute.readable = str(Path(root) / "data")
    config.SandboxExecute.require_sandbox = sandbox
    config.SandboxExecute.memory_mb = memory_mb
    if not sandbox:
        sbx.BWRAP = None
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    res = api.autograde(assignment, student, force=True, create=True)
    error = None if res.get("success") else (res.get("log", "") + res.get("error", ""))
    tamper = list(sbx.SUBMISSION["tamper"])
    if tamper and not error:
        _record_tamper(config.CourseDirectory.db_url, assignment, student, tamper)
    return {"student": student, "error": error, "seconds": time.perf_counter() - start,
            "notes": list(sbx.SUBMISSION["notes"]), "tamper": tamper}


TAMPER_PREFIX = "Grading integrity:"


def tamper_text(t: dict) -> str:
    where = f"cell {t['cell'] + 1}" if t.get("cell") is not None else "the notebook"
    if t.get("grade_id"):
        where += f" ({t['grade_id']})"
    return f"{t.get('notebook', '?')} {where}: {t['what']}"


def _record_tamper(db_url: str, assignment: str, student: str, found: list[dict]) -> None:
    """Flag the notebook in the gradebook and say what was found in an answer cell's comment (the formgrader
    shows both); the scores are not touched."""
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url) as gb:
        for name in sorted({t["notebook"] for t in found}):
            try:
                snb = gb.find_submission_notebook(name, assignment, student)
            except MissingEntry:
                continue
            snb.flagged = True
            mine = [t for t in found if t["notebook"] == name]
            comments = {c.name: c for c in snb.comments}
            for t in mine:
                c = comments.get(t.get("grade_id")) or (next(iter(comments.values())) if comments else None)
                if c is None:
                    continue
                line = f"{TAMPER_PREFIX} {tamper_text(t)}. The automatic score stands; please review."
                if line not in (c.auto_comment or ""):
                    c.auto_comment = f"{c.auto_comment}\n\n{line}" if c.auto_comment else line
            gb.db.commit()


def _course_config(root: Path):
    config = load_course_config(root)
    config.CourseDirectory.root = str(root)
    config.CourseDirectory.db_url = course_db_url(root, config)
    return config


def autograde_class(root: Path, assignment: str, *, jobs: int = 2, sandbox: bool = True, memory_mb: int = 6144,
                    students: list[str] | None = None, progress: bool = True, out=print) -> list[Outcome]:
    from .sandbox import bwrap_works, discard_warm, process_limit_kind

    started = time.perf_counter()
    root = Path(root).resolve()
    config = _course_config(root)
    db_url = config.CourseDirectory.db_url
    path = sqlite_path(db_url)  # None: a database server (e.g. PostgreSQL, MLSC01_DB_URL); checked below
    if path is not None and not path.is_file():
        raise CourseError(f"no gradebook at {path}: run `nbgrader generate_assignment {assignment}` first")
    submitted_dir = root / config.CourseDirectory.get("submitted_directory", "submitted")
    release = root / config.CourseDirectory.get("release_directory", "release") / assignment
    if not (root / "source" / assignment).is_dir():
        raise CourseError(f"no source/{assignment}")
    if sandbox and not bwrap_works():
        raise CourseError("bubblewrap is not available here (apt-get install bubblewrap); "
                          "--no-sandbox grades without isolation")
    who = sorted(p.parent.name for p in submitted_dir.glob(f"*/{assignment}") if p.is_dir())
    if students:
        who = [s for s in who if s in students]
    if not who:
        raise CourseError(f"no submissions in {submitted_dir}/*/{assignment}")
    expected = _expected_notebooks(db_url, assignment)

    staging = Path(tempfile.mkdtemp(prefix="mlsc01-batch-"))
    outcomes = {s: Outcome(s) for s in who}
    try:
        for s in who:
            outcomes[s].notes += stage_submission(submitted_dir / s / assignment, staging / s / assignment,
                                                  expected, release)
        results: dict[str, dict] = {}
        bar = progress_bar(len(who), "autograding", "submission", progress)
        n = len(who)  # the last `jobs` submissions start no sandbox ahead for a next one
        args = [(str(root), str(staging), s, assignment, sandbox, memory_mb, i < n - max(jobs, 1))
                for i, s in enumerate(who)]
        if jobs > 1 and len(who) > 1:
            with _pool(jobs) as pool:
                futs = {pool.submit(_grade_student, *a): a[2] for a in args}
                for fut in as_completed(futs):
                    s = futs[fut]
                    try:
                        results[s] = fut.result()
                    except Exception as exc:  # a worker that died
                        results[s] = {"student": s, "error": f"{type(exc).__name__}: {exc}"}
                    bar(s)
        else:
            for a in args:
                try:
                    results[a[2]] = _grade_student(*a)
                except Exception as exc:
                    results[a[2]] = {"student": a[2], "error": f"{type(exc).__name__}: {exc}"}
                bar(a[2])
        for s in who:
            outcomes[s].notes += results[s].get("notes", [])
            outcomes[s].tamper = [tamper_text(t) for t in results[s].get("tamper", [])]
            outcomes[s].seconds = results[s].get("seconds", 0.0)
            if results[s].get("error"):
                outcomes[s].failed = True
                outcomes[s].notes.append(f"not graded: {_reason(results[s]['error'])}")
            cells = [c for cs in read_scores(db_url, assignment, s).values() for c in cs]
            outcomes[s].graded = bool(cells) and not outcomes[s].failed
            outcomes[s].score = sum(c.score for c in cells)
            outcomes[s].max_score = sum(c.max_score for c in cells)
    finally:
        discard_warm()
        shutil.rmtree(staging, ignore_errors=True)

    elapsed = time.perf_counter() - started
    ordered = [outcomes[s] for s in who]
    _write_summary(root / config.CourseDirectory.get("autograded_directory", "autograded") / f"{assignment}-summary.csv",
                   ordered)
    graded = [o for o in ordered if o.graded]
    failed = [o for o in ordered if not o.graded]
    tampered = [o for o in ordered if o.tamper]
    limit = process_limit_kind() if sandbox else "none (no sandbox)"
    out(f"{assignment}: {len(graded)} graded, {len(failed)} failed, {len(tampered)} flagged for tampering, "
        f"{len(ordered)} submissions in {elapsed:.1f} s ({jobs} job(s){'' if sandbox else ', no sandbox'}; "
        f"process limit: {limit})")
    for o in ordered:
        mark = "graded" if o.graded else "FAILED"
        flag = "TAMPER" if o.tamper else ""
        note = f"  — {'; '.join(o.notes)}" if o.notes else ""
        out(f"  {o.student:<20} {mark:<7} {o.score:g}/{o.max_score:g} {flag:<6} {o.seconds:5.1f} s{note}")
        for t in o.tamper:
            out(f"      tamper: {t}")
    if tampered:
        out("Flagged submissions keep their automatic score; the formgrader shows them flagged, with what was "
            "found in the answer cell's comment.")
    return ordered


def _reason(log: str) -> str:
    """The most telling line of an nbgrader failure log (its last line only says 'see above')."""
    lines = [ln.strip() for ln in log.strip().splitlines() if ln.strip()]
    telling = [ln for ln in lines if "Error" in ln and "see the the above traceback" not in ln
               and not ln.startswith(("Traceback", "File "))]
    return (telling[0] if telling else lines[-1] if lines else "grading failed")[:300]


def _write_summary(path: Path, outcomes: list[Outcome]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["student", "graded", "score", "max_score", "seconds", "notes", "tamper"])
        for o in outcomes:
            w.writerow([o.student, o.graded, o.score, o.max_score, f"{o.seconds:.1f}", " | ".join(o.notes),
                        " | ".join(o.tamper)])
