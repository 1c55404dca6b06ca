"""Optional extra lessons: ``notebooks/<assignment>-<extra>.ipynb`` for an extra declared in ``EXTRAS``.

An extra lesson shows a topic's technique on a heavier engine (PySpark for D1.2) that the graded path does not
need: its dependencies are an optional extra of the package (``pip install ".[spark]"``, pyproject.toml) and
perhaps a system program (Java). ``mlsc01 verify`` executes it, with the extra's own time budget, where its
requirements are present, and otherwise prints one line saying it is skipped and what enables it. The course
home lists it as optional. Nothing graded may depend on it.

To add one: a row in ``EXTRAS`` (the key is the lesson's suffix and the pyproject extra's name), the extra in
pyproject.toml with its pins in constraints.txt, and the lesson ``notebooks/<assignment>-<key>.ipynb``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Extra:
    module: str                 # the import the lesson needs (found without importing it)
    java: int | None            # the Java major version it needs on PATH (or $JAVA_HOME), None if none
    budget_s: float             # verify's time budget for the lesson (2 cores)
    title: str                  # "Spark lesson": the course home's link text and verify's messages

    def requirements(self, name: str) -> str:
        """What enables it: "Java 17 and `pip install '.[spark]'`"."""
        java = f"Java {self.java} and " if self.java else ""
        return f"{java}`pip install '.[{name}]'`"


EXTRAS: dict[str, Extra] = {
    "spark": Extra(module="pyspark", java=17, budget_s=90.0, title="Spark lesson"),
}


def extra_of(path: str | Path, assignment: str) -> str | None:
    """The extra a lesson belongs to (``<assignment>-<extra>.ipynb``), or None for the topic's own lesson."""
    stem = Path(path).stem
    for name in EXTRAS:
        if stem == f"{assignment}-{name}":
            return name
    return None


_JAVA_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?')


def java_major(text: str) -> int | None:
    """The major version in ``java -version`` output: ``"17.0.15"`` → 17, ``"1.8.0_392"`` → 8."""
    m = _JAVA_VERSION.search(text)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def java_command(env: dict[str, str] | None = None) -> str | None:
    """The ``java`` PySpark would start: ``$JAVA_HOME/bin/java`` if JAVA_HOME is set, else the one on PATH."""
    env = os.environ if env is None else env
    home = env.get("JAVA_HOME")
    if home:
        exe = Path(home) / "bin" / "java"
        return str(exe) if exe.is_file() else None
    return shutil.which("java", path=env.get("PATH"))


def missing(name: str, *, env: dict[str, str] | None = None, find_spec=importlib.util.find_spec,
            run=subprocess.run) -> str | None:
    """Why the extra lesson ``name`` cannot run here (a short reason), or None when it can."""
    extra = EXTRAS[name]
    try:
        found = find_spec(extra.module) is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        return f"{extra.module} is not installed"
    if extra.java:
        exe = java_command(env)
        if exe is None:
            where = "at $JAVA_HOME/bin/java" if (os.environ if env is None else env).get("JAVA_HOME") else "on PATH"
            return f"no java {where}"
        try:
            done = run([exe, "-version"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{exe} -version failed ({type(exc).__name__})"
        major = java_major(done.stderr + done.stdout)
        if done.returncode != 0 or major is None:
            return f"{exe} -version failed"
        if major < extra.java:
            return f"{exe} is Java {major}"
    return None


def skip_message(name: str, reason: str) -> str:
    """The one line verify prints for a skipped extra lesson."""
    extra = EXTRAS[name]
    return f"skipped: the {extra.title} needs {extra.requirements(name)} ({reason})"
