"""The budgeted CI sample: which assignments CI runs its slow tests of the tests on.

Plain ``mlsc01 verify`` (release up to date, solutions 100 %, untouched releases 0, lessons run) proves every
assignment on every CI run. The slow tests *of the tests* (``verify --mutants``, the answer corpus, grading
twice for determinism) cost about 40 s per assignment on two cores (measured 2026-12-02) and grow with every
topic and corpus file, so CI runs them on a sample of ``SIZE`` assignments, keeping the run under 30 minutes:

1. the assignments whose own files (source, release, lesson, items, hints, answer corpus) the last
   ``RECENT_COMMITS`` commits touched, most recent first: what just changed is checked first;
2. then a rotation: the sorted assignments are cut into windows of ``SIZE`` and commit number *n* (``git
   rev-list --count HEAD``) takes window *n* mod the number of windows, so consecutive commits walk the whole
   course. Without git the day number stands in for *n*.

The same commit always gives the same sample. Authors still run the full checks on their topic before they
commit (``docs/authoring.md``); ``MLSC01_CI_SAMPLE=all`` makes CI run them on everything.
"""

from __future__ import annotations

import datetime as _dt
import os
import subprocess
from pathlib import Path

from . import course

SIZE = 10  # of 18 topics; measured: about 40 s of slow checks per assignment on 2 cores
RECENT_COMMITS = 10
ENV = "MLSC01_CI_SAMPLE"  # "all", or assignment names separated by spaces or commas


def _git(root: Path, *args: str) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout if out.returncode == 0 else None


def assignment_of(path: str, known: set[str]) -> str | None:
    """The assignment a repository path belongs to, or None (toolkit code, docs, ...)."""
    parts = Path(path).parts
    if len(parts) >= 2 and parts[0] in ("source", "release") and parts[1] in known:
        return parts[1]
    if len(parts) >= 3 and parts[:2] == ("tests", "answers") and parts[2] in known:
        return parts[2]
    stem = Path(path).name.split(".")[0]
    if parts[:1] == ("notebooks",) or parts[:2] in (("mlsc01", "items"), ("mlsc01", "hints")):
        for a in known:  # a lesson may be notebooks/<assignment>-<extra>.ipynb
            if stem == a or stem.startswith(a + "-"):
                return a
    return None


def recently_changed(root: Path, known: list[str], commits: int = RECENT_COMMITS) -> list[str]:
    log = _git(root, "log", f"-n{commits}", "--name-only", "--format=")
    seen: list[str] = []
    for line in (log or "").splitlines():
        a = assignment_of(line.strip(), set(known)) if line.strip() else None
        if a and a not in seen:
            seen.append(a)
    return seen


def commit_number(root: Path) -> int:
    count = _git(root, "rev-list", "--count", "HEAD")
    if count and count.strip().isdigit():
        return int(count.strip())
    return _dt.date.today().toordinal()


def sample(root: Path, size: int = SIZE) -> list[str]:
    """The CI sample for this checkout (see the module text); every assignment if size >= their number."""
    known = course.assignments(root)
    if size <= 0 or size >= len(known):
        return known
    chosen = recently_changed(root, known)[:size]
    windows = [known[i:i + size] for i in range(0, len(known), size)]
    window = windows[commit_number(root) % len(windows)]
    for a in window + known:  # the window first; then the next assignments fill a short window
        if len(chosen) >= size:
            break
        if a not in chosen:
            chosen.append(a)
    return sorted(chosen)


def from_env(root: Path) -> list[str]:
    """The assignments the slow tests run on: ``$MLSC01_CI_SAMPLE`` (names or ``all``), default all."""
    known = course.assignments(root)
    raw = os.environ.get(ENV, "").replace(",", " ").split()
    if not raw or raw == ["all"]:
        return known
    unknown = [a for a in raw if a not in known]
    if unknown:
        raise course.CourseError(f"${ENV} names unknown assignments {unknown}; known: {known}")
    return sorted(raw)
