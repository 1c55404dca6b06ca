"""Check helpers for exercise test cells: one short line of feedback per test.

A test cell looks like this::

    from mlsc01.checks import exercise, expect
    with exercise("D2_1_1-impute-median"):
        out = impute(df)
        expect(out["age"].notna().all(), "`age` still has missing values")
        ### BEGIN HIDDEN TESTS
        ...
        ### END HIDDEN TESTS

The learner sees one line, never a wall of traceback and never a line of the hidden tests:

- ``✓ D2.1.1 impute-median: visible checks pass; hidden checks run when graded`` in the release
  notebook (its hidden tests are stripped), ``✓ D2.1.1 impute-median: pass`` in a graded run (the cell
  source holds the hidden tests again: the source notebook, ``nbgrader autograde``, ``mlsc01 grade``);
- ``✗ D2.1.1 impute-median wrong: <what is wrong>`` (red);
- ``○ D2.1.1 impute-median not attempted yet: <what to do>`` (blue): the stub is still there or a name
  the check needs is not defined.

Both failures are still exceptions, so nbgrader scores the cell 0 either way; the notebook's cells carry
the ``raises-exception`` tag, so Run All goes on past them.  An error raised inside the learner's own code
is shown with the frames of the learner's cells only.
"""

from __future__ import annotations

import linecache
import sys
import traceback
from contextlib import contextmanager
from types import TracebackType

import numpy as np

from .catalog import goal_of_grade_id

__all__ = ["CheckFailed", "NotAttempted", "exercise", "expect", "expect_close", "expect_equal_sets"]


def _label(grade_id: str | None) -> str:
    if not grade_id:
        return "check"
    gid = goal_of_grade_id(grade_id)
    slug = grade_id.split("-", 1)[1] if "-" in grade_id else grade_id
    return f"{gid} {slug}" if gid else grade_id


HIDDEN_MARKER = "### BEGIN HIDDEN TESTS"
_COLOURS = {"wrong": "\x1b[31m", "not attempted yet": "\x1b[34m"}  # ANSI red, blue
_RESET = "\x1b[0m"


def graded_run(filename: str, module_globals: dict | None = None) -> bool:
    """True when the code in ``filename`` (a notebook cell, as IPython caches it) holds hidden tests.

    nbgrader strips the hidden tests, markers included, from the release notebook and restores them
    from the gradebook when it autogrades; the source notebook keeps them.  So the marker is present
    exactly when the hidden checks are about to run.
    """
    return any(HIDDEN_MARKER in line for line in linecache.getlines(filename, module_globals))


class CheckFailed(AssertionError):
    """A test found the answer wrong; the message says what is wrong."""

    status = "wrong"
    mark = "✗"

    def __init__(self, message: str, *, grade_id: str | None = None, detail: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.grade_id = grade_id
        self.detail = detail or []

    def line(self) -> str:
        return f"{self.mark} {_label(self.grade_id)} {self.status}: {self.message}"

    def _render_traceback_(self) -> list[str]:  # read by IPython instead of a traceback
        return [f"{_COLOURS.get(self.status, '')}{self.line()}{_RESET}", *self.detail]

    def __str__(self) -> str:
        return self.line() if self.grade_id else self.message


class NotAttempted(CheckFailed):
    """The answer is not written yet (the stub raises, or a name is not defined); scores 0 like a wrong one."""

    status = "not attempted yet"
    mark = "○"


def expect(condition, message: str) -> None:
    """Fail with ``message`` (what is wrong, never the expected answer) unless ``condition``."""
    if not bool(condition):
        raise CheckFailed(message)


def expect_close(actual, expected, message: str, *, rtol: float = 1e-6, atol: float = 1e-9) -> None:
    """Fail unless ``actual`` has ``expected``'s shape and is close to it."""
    try:
        a = np.asarray(actual, dtype=float)
        e = np.asarray(expected, dtype=float)
    except (TypeError, ValueError):
        raise CheckFailed(f"{message} (the answer is not numeric)") from None
    if a.shape != e.shape:
        raise CheckFailed(f"{message} (shape {a.shape}, expected shape {e.shape})")
    if not np.allclose(a, e, rtol=rtol, atol=atol, equal_nan=True):
        raise CheckFailed(message)


def expect_equal_sets(actual, expected, message: str) -> None:
    """Fail unless the two collections hold the same elements (order ignored)."""
    try:
        a, e = set(actual), set(expected)
    except TypeError:
        raise CheckFailed(f"{message} (the answer is not a collection)") from None
    if a != e:
        extra, missing = len(a - e), len(e - a)
        raise CheckFailed(f"{message} ({extra} unexpected, {missing} missing)")


def _learner_frames(tb: TracebackType | None, test_file: str) -> list[str]:
    """Format the traceback frames that are the learner's code (not the test cell, not this package)."""
    here = __file__.rsplit("/", 1)[0]
    keep = []
    for frame, lineno in traceback.walk_tb(tb):
        fn = frame.f_code.co_filename
        if fn == test_file or fn.startswith(here):
            continue
        keep.append((frame, lineno))
    if not keep:
        return []
    summary = traceback.StackSummary.extract(keep, lookup_lines=True)
    return ["  in your code:"] + [ln.rstrip("\n") for ln in summary.format()[-4:]]


def _raised_in(tb: TracebackType | None, filename: str) -> bool:
    last = None
    for frame, _ in traceback.walk_tb(tb):
        last = frame
    return last is not None and last.f_code.co_filename == filename


@contextmanager
def exercise(grade_id: str):
    """Run a test cell's checks and report one line: pass, wrong or not attempted yet."""
    caller = sys._getframe(2)
    test_file = caller.f_code.co_filename
    graded = graded_run(test_file, caller.f_globals)
    try:
        yield
    except CheckFailed as exc:
        exc.grade_id = exc.grade_id or grade_id
        exc.with_traceback(None)
        raise exc from None
    except NotImplementedError:
        raise NotAttempted("replace `raise NotImplementedError()` with your code, then run that cell and this one",
                           grade_id=grade_id) from None
    except NameError as exc:
        if _raised_in(exc.__traceback__, test_file):
            raise NotAttempted(f"`{exc.name}` is not defined: run the cell where you write it, then this one",
                               grade_id=grade_id) from None
        raise CheckFailed(f"your code raised NameError: {exc}", grade_id=grade_id,
                          detail=_learner_frames(exc.__traceback__, test_file)) from None
    except Exception as exc:  # the learner's code crashed
        raise CheckFailed(f"your code raised {type(exc).__name__}: {exc}", grade_id=grade_id,
                          detail=_learner_frames(exc.__traceback__, test_file)) from None
    verdict = "pass" if graded else "visible checks pass; hidden checks run when graded"
    print(f"✓ {_label(grade_id)}: {verdict}")
