"""Run nbgrader (generate_assignment, autograde) through its Python API in a scratch course folder.

One process pays nbgrader's start-up once for any number of notebooks; each
call here returns plain data (scores per cell, seconds per notebook).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from .course import CourseError

log = logging.getLogger(__name__)

# Seconds each notebook spent executing, keyed by (student, assignment, notebook); filled by _timed_execute.
EXEC_SECONDS: dict[tuple[str, str, str], float] = {}
_patched = False


def prepare_nbgrader() -> None:
    """Make nbgrader's API work well in this process: timed executions, no `alembic` subprocess, PATH."""
    global _patched
    if _patched:
        return
    from nbgrader.preprocessors import Execute

    original = Execute.preprocess

    def timed(self, nb, resources):
        start = time.perf_counter()
        try:
            return original(self, nb, resources)
        finally:
            info = resources.get("nbgrader", {})
            key = (info.get("student", "?"), info.get("assignment", "?"), info.get("notebook", "?"))
            EXEC_SECONDS[key] = time.perf_counter() - start

    Execute.preprocess = timed
    _patched = True
    # A new gradebook asks `alembic heads` in a subprocess (5 s each time); ask alembic in-process, once.
    import nbgrader.api

    nbgrader.api.get_alembic_version = _alembic_head
    # nbgrader runs `alembic` as a command: make this interpreter's scripts folder findable without activation.
    # nbgrader's gradebook code trips a harmless SQLAlchemy autoflush warning on every autograde
    warnings.filterwarnings("ignore", message=".*not in session.*")
    # Notebooks are run two at a time on a 2-core machine: one BLAS/OpenMP thread each avoids oversubscription
    # (multi-threaded BLAS made cross-validation 10x slower on a busy machine).
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    bindir = str(Path(sys.executable).parent)
    if bindir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")


@lru_cache(maxsize=1)
def _alembic_head() -> str:
    import nbgrader
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(Path(nbgrader.__file__).parent / "alembic")).get_current_head()


def load_course_config(root: Path) -> Config:
    path = Path(root) / "nbgrader_config.py"
    if not path.is_file():
        raise CourseError(f"{path} is missing: a course folder needs its nbgrader_config.py")
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


def course_db_url(root: Path, config: Config) -> str:
    """The course's gradebook URL, a relative SQLite path resolved against the course folder."""
    db_url = config.CourseDirectory.get("db_url", "sqlite:///gradebook.db")
    if db_url.startswith("sqlite:///") and not db_url.startswith("sqlite:////"):
        db_url = f"sqlite:///{(Path(root) / db_url[len('sqlite:///'):]).resolve()}"
    return db_url


def sqlite_path(db_url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases)."""
    return Path(db_url[len("sqlite:///"):]) if db_url.startswith("sqlite:///") else None


@dataclass
class CellScore:
    grade_id: str
    score: float
    max_score: float
    failed: bool


@dataclass
class GradeResult:
    """Scores of one student's submission of one assignment."""

    student: str
    assignment: str
    notebooks: dict[str, list[CellScore]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    error: str | None = None
    # cells that raised when nbgrader ran the notebook: notebook -> [(index, grade id or "", tags)]
    raised: dict[str, list[tuple[int, str, list[str]]]] = field(default_factory=dict)


class ScratchCourse:
    """A throw-away nbgrader course folder that mirrors the real course's settings."""

    def __init__(self, root: Path, folder: Path):
        self.root = Path(root)
        self.folder = Path(folder)
        self.db_url = f"sqlite:///{self.folder / 'gradebook.db'}"
        self.config = load_course_config(self.root)
        self.config.CourseDirectory.root = str(self.folder)
        self.config.CourseDirectory.db_url = self.db_url
        self.config.Exchange.root = str(self.folder / "exchange")
        (self.folder / "exchange").mkdir(parents=True, exist_ok=True)
        prepare_nbgrader()

    def api(self):
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory

        quiet = logging.getLogger("traitlets")
        quiet.setLevel(logging.ERROR)
        coursedir = CourseDirectory(config=self.config)
        return NbGraderAPI(coursedir=coursedir, config=self.config, log=quiet)

    def add_source(self, assignment: str) -> None:
        dest = self.folder / "source" / assignment
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(self.root / "source" / assignment, dest,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))

    def generate(self, assignment: str) -> Path:
        """Generate the student version; returns its folder. Raises CourseError with nbgrader's message on failure."""
        self.add_source(assignment)
        result = self.api().generate_assignment(assignment, force=True, create=True)
        if not result.get("success"):
            raise CourseError(f"nbgrader generate_assignment failed for {assignment}:\n"
                              f"{_last_lines(result.get('log', '') + result.get('error', ''))}")
        return self.folder / "release" / assignment

    def submit(self, student: str, assignment: str, notebooks: list[Path]) -> Path:
        dest = self.folder / "submitted" / student / assignment
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        for nb in notebooks:
            shutil.copy2(nb, dest / nb.name)
        return dest

    def autograde(self, student: str, assignment: str) -> GradeResult:
        result = self.api().autograde(assignment, student, force=True, create=True)
        out = GradeResult(student, assignment)
        if not result.get("success"):
            out.error = _last_lines(result.get("log", "") + result.get("error", ""))
        out.notebooks = read_scores(self.db_url, assignment, student)
        out.raised = raised_cells(self.folder / "autograded" / student / assignment)
        out.seconds = {nb: s for (st, a, nb), s in EXEC_SECONDS.items() if st == student and a == assignment}
        return out


def read_scores(db_url: str, assignment: str, student: str) -> dict[str, list[CellScore]]:
    from nbgrader.api import Gradebook, MissingEntry

    out: dict[str, list[CellScore]] = {}
    with Gradebook(db_url) as gb:
        try:
            sub = gb.find_submission(assignment, student)
        except MissingEntry:
            return out
        for nb in sub.notebooks:
            cells = []
            for g in nb.grades:
                if g.cell.__class__.__name__ != "GradeCell" and not hasattr(g, "auto_score"):
                    continue
                score = g.auto_score if g.auto_score is not None else 0.0
                cells.append(CellScore(g.name, float(score), float(g.max_score), bool(g.failed_tests)))
            out[nb.name] = cells
    return out


def raised_cells(folder: Path) -> dict[str, list[tuple[int, str, list[str]]]]:
    """The code cells of the executed notebooks in ``folder`` whose outputs hold an error."""
    import nbformat

    out: dict[str, list[tuple[int, str, list[str]]]] = {}
    for path in sorted(Path(folder).glob("*.ipynb")):
        nb = nbformat.read(str(path), as_version=4)
        out[path.stem] = [(i, c.metadata.get("nbgrader", {}).get("grade_id", ""), list(c.metadata.get("tags", [])))
                          for i, c in enumerate(nb.cells)
                          if c.cell_type == "code" and any(o.get("output_type") == "error" for o in c.get("outputs", []))]
    return out


def _last_lines(text: str, n: int = 12) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return "\n".join(lines[-n:])


@contextmanager
def scratch_course(root: Path, keep: bool = False):
    folder = Path(tempfile.mkdtemp(prefix="mlsc01-"))
    try:
        yield ScratchCourse(root, folder)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
