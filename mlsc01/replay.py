"""One kernel per notebook: execute it once, then substitute a solution cell and re-run only what depends on it.

Used by mutation testing (``mlsc01.mutants``) and the answer corpus (``tests/test_answer_corpus.py``).
A :class:`Session` runs the source notebook (solutions and hidden tests) once in one kernel. For each
variant of a solution cell it then re-runs, in the same kernel and in notebook order:

- the cells the solution cell and its dependents read names from (setup and data cells, so that data a
  variant changed in place is rebuilt, and a name redefined later in the notebook has the value its test saw);
- the variant itself, after deleting the names the cell defines (a variant that fails leaves nothing stale);
- every later cell that reads a name the solution cell defines, directly or through another later cell
  (its test cells, and any cell that uses its result);

grades the test cells among them as nbgrader does (``nbgrader.utils.determine_grade``: an error or any
stderr output scores 0), and finally re-runs the reference solution cell. A variant is stopped after a
timeout; a timeout or a dead kernel restarts the kernel and replays the notebook.
"""

from __future__ import annotations

import ast
import copy
import logging
import re
import shutil
import subprocess
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

SOLUTION_BEGIN, SOLUTION_END = "### BEGIN SOLUTION", "### END SOLUTION"
MIN_TIMEOUT_S = 10.0


@dataclass
class CodeCell:
    index: int
    source: str
    kind: str  # "solution", "test" or "other"
    grade_id: str | None
    defines: set[str]
    loads: set[str] | None  # None: could not be parsed, assume it reads everything


def _parse(source: str):
    try:
        return ast.parse(source)
    except SyntaxError:
        cleaned = "\n".join("" if ln.lstrip().startswith(("%", "!")) else ln for ln in source.splitlines())
        try:
            return ast.parse(cleaned)
        except SyntaxError:
            return None


def defined_names(tree) -> set[str]:
    """Names a cell binds at top level (functions, classes, assignments, imports, loop and with targets)."""
    out: set[str] = set()

    def visit(stmts):
        for node in stmts:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                out.add(node.name)
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                out.update((a.asname or a.name).split(".")[0] for a in node.names)
                continue
            for sub in ast.walk(node):
                if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                    out.add(sub.id)
            for attr in ("body", "orelse", "finalbody", "handlers"):
                block = getattr(node, attr, None)
                if isinstance(block, list):
                    visit([b for b in block if isinstance(b, ast.stmt)])
                    for h in block:
                        if isinstance(h, ast.ExceptHandler):
                            if h.name:
                                out.add(h.name)
                            visit(h.body)

    visit(tree.body)
    return out


def loaded_names(tree) -> set[str]:
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def code_cells(nb) -> list[CodeCell]:
    out = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        meta = cell.get("metadata", {}).get("nbgrader", {})
        kind = "solution" if meta.get("solution") else "test" if meta.get("grade") else "other"
        tree = _parse(cell.source)
        out.append(CodeCell(i, cell.source, kind, meta.get("grade_id"),
                            defined_names(tree) if tree else set(), loaded_names(tree) if tree else None))
    return out


def names_of(source: str) -> set[str]:
    tree = _parse(source)
    return defined_names(tree) if tree else set()


def dependents(cells: list[CodeCell], index: int, extra: set[str] = frozenset()) -> list[int]:
    """Indices of the later cells that read (directly or through each other) a name cell ``index`` defines."""
    me = next(c for c in cells if c.index == index)
    tainted = set(me.defines) | set(extra)
    out = []
    for c in cells:
        if c.index <= index:
            continue
        if c.loads is None or c.loads & tainted:
            out.append(c.index)
            if c.kind != "test":
                tainted |= c.defines
    return out


def support(cells: list[CodeCell], run: list[int]) -> list[int]:
    """The non-test cells that last defined, before each cell of ``run``, a name that cell reads (transitively)."""
    by_index = {c.index: c for c in cells}
    need: set[int] = set()
    todo = list(run)
    while todo:
        i = todo.pop()
        loads = by_index[i].loads
        for c in reversed([c for c in cells if c.index < i and c.kind != "test"]):
            if loads is not None and not (c.defines & loads):
                continue
            if loads is not None:
                loads = loads - c.defines
            if c.index not in need and c.index not in run:
                need.add(c.index)
                todo.append(c.index)
            if loads is not None and not loads:
                break
    return sorted(need)


@dataclass
class RunResult:
    """Scores of the test cells a variant re-ran: grade id -> (score, max score)."""

    scores: dict[str, tuple[float, float]] = field(default_factory=dict)
    status: str = "ok"  # "ok", "timeout" or "dead kernel"
    seconds: float = 0.0
    messages: dict[str, str] = field(default_factory=dict)  # grade id -> first line of a failing cell's output

    def failed(self) -> list[str]:
        return [g for g, (s, m) in self.scores.items() if s < m]


def _plain(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def _first_error_line(cell) -> str:
    """The gist of a failing cell's output: the check's one line, else the exception."""
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            tb = [_plain(ln) for ln in out.get("traceback", []) if ln.strip()]
            return (tb[-1] if tb else f"{out.get('ename')}: {out.get('evalue')}").strip().splitlines()[-1][:200]
        if out.get("output_type") == "stream" and out.get("name") == "stderr":
            return ("stderr: " + out.get("text", "").strip().splitlines()[0])[:200] if out.get("text", "").strip() else "stderr"
    return ""


class Session:
    """A source notebook executed once in one kernel, ready to re-run variants of its solution cells."""

    def __init__(self, path: Path, *, cell_timeout: float = 120.0):
        self.path = Path(path)
        self.cell_timeout = cell_timeout
        self.nb = nbformat.read(str(self.path), as_version=4)
        self.cells = code_cells(self.nb)
        self.by_index = {c.index: c for c in self.cells}
        self._tmp = Path(tempfile.mkdtemp(prefix="mlsc01-replay-"))
        self.workdir = self._tmp / self.path.parent.name
        shutil.copytree(self.path.parent, self.workdir, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        self._stack: ExitStack | None = None
        self.client = None
        self.reference: RunResult | None = None
        self.cell_seconds: dict[int, float] = {}
        self.restarts = 0

    # -- kernel -----------------------------------------------------------------------------------
    def _start_kernel(self) -> None:
        from nbclient import NotebookClient

        from .grading import prepare_nbgrader

        prepare_nbgrader()
        self.client = NotebookClient(copy.deepcopy(self.nb), timeout=self.cell_timeout, kernel_name="python3",
                                     allow_errors=True, interrupt_on_timeout=False,
                                     extra_arguments=["--IPKernelApp.log_level=ERROR"],
                                     resources={"metadata": {"path": str(self.workdir)}},
                                     log=logging.getLogger("mlsc01.replay.quiet"))
        logging.getLogger("mlsc01.replay.quiet").setLevel(logging.CRITICAL)
        self._stack = ExitStack()
        # the kernel's own log (not cell output, which comes over the wire) would clutter the report
        self._stack.enter_context(self.client.setup_kernel(stderr=subprocess.DEVNULL))

    def _stop_kernel(self) -> None:
        if self._stack is not None:
            try:
                self._stack.close()
            except Exception:
                pass
        self._stack = None

    def start(self) -> RunResult:
        """Execute the whole notebook once; returns the reference scores of every test cell."""
        self._start_kernel()
        result = RunResult()
        started = time.perf_counter()
        for c in self.cells:
            t0 = time.perf_counter()
            cell = self._exec(c.index, c.source, self.cell_timeout)
            self.cell_seconds[c.index] = time.perf_counter() - t0
            if c.kind == "test":
                self._grade(cell, result)
        result.seconds = time.perf_counter() - started
        self.reference = result
        return result

    def restart(self) -> None:
        """A fresh kernel with the reference notebook replayed (after a timeout or a dead kernel)."""
        self.restarts += 1
        self._stop_kernel()
        self._start_kernel()
        for c in self.cells:
            self._exec(c.index, c.source, self.cell_timeout)

    def close(self) -> None:
        self._stop_kernel()
        shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- running variants -------------------------------------------------------------------------
    def _exec(self, index: int, source: str, timeout: float):
        cell = copy.deepcopy(self.nb.cells[index])
        cell.source = source
        self.client.timeout = int(max(1, round(timeout)))
        self.client.execute_cell(cell, index, store_history=False)
        return cell

    def _grade(self, cell, result: RunResult) -> None:
        from nbgrader.utils import determine_grade

        score, max_score = determine_grade(cell)
        gid = cell.metadata["nbgrader"]["grade_id"]
        result.scores[gid] = (float(score or 0.0), float(max_score))
        if (score or 0.0) < max_score:
            result.messages[gid] = _first_error_line(cell)

    def plan(self, index: int, extra_names: set[str] = frozenset()) -> list[int]:
        """The cells a variant of solution cell ``index`` re-runs, in notebook order."""
        after = dependents(self.cells, index, set(extra_names))
        run = [index, *after]
        return sorted(set(run) | set(support(self.cells, run)))

    def reference_seconds(self, run: list[int]) -> float:
        return sum(self.cell_seconds.get(i, 0.0) for i in run)

    def run_variant(self, index: int, source: str, *, timeout: float | None = None,
                    run: list[int] | None = None, stop_at_failure: bool = False) -> RunResult:
        """Re-run solution cell ``index`` with ``source`` and what depends on it; then restore the reference.

        ``stop_at_failure``: stop at the first test cell that loses points (enough to kill a mutant).
        """
        from nbclient.exceptions import CellTimeoutError, DeadKernelError

        ref = self.by_index[index]
        names = ref.defines | names_of(source)
        run = run if run is not None else self.plan(index, names)
        # names only this cell defines are removed first, so a variant that fails to define one leaves no stale
        # reference behind; a name an earlier cell also defines (an import) keeps that cell's value, as in a fresh run
        before = [c for c in self.cells if c.index < index and c.kind != "test"]
        shared = names & set().union(*[c.defines for c in before])
        if shared:  # re-run the cells that defined them first, so the value is theirs and not the reference's
            run = sorted(set(run) | {max(c.index for c in before if n in c.defines) for n in shared})
        names = names - shared
        if timeout is None:
            timeout = max(MIN_TIMEOUT_S, 3 * self.reference_seconds(run) + 5)
        result = RunResult()
        started = time.perf_counter()
        try:
            if names:
                self._exec(index, "\n".join(f"globals().pop({n!r}, None)" for n in sorted(names)), timeout)
            for i in run:
                cell = self._exec(i, source if i == index else self.by_index[i].source, timeout)
                if self.by_index[i].kind == "test":
                    self._grade(cell, result)
                    if stop_at_failure and result.failed():
                        break
            self._exec(index, ref.source, timeout)
        except CellTimeoutError:
            result.status = "timeout"
            self.restart()
        except DeadKernelError:
            result.status = "dead kernel"
            self.restart()
        result.seconds = time.perf_counter() - started
        return result
