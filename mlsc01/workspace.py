"""The learner's workspace: student notebooks and lessons copied from the course, never overwritten.

Layout::

    workspace/
      <assignment>/<notebook>.ipynb   exercises, from release/
      lessons/<lesson>.ipynb          lessons, from notebooks/
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import course

LESSONS = "lessons"


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def default_workspace(root: Path) -> Path:
    return Path(root) / "workspace"


def sync_workspace(root: Path, workspace: Path) -> SyncReport:
    """Copy every release notebook and lesson that the workspace lacks; existing files are never touched."""
    report = SyncReport()
    workspace.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[Path, Path]] = []
    for a in course.assignments(root):
        for nb in course.release_notebooks(root, a):
            pairs.append((nb, workspace / a / nb.name))
    lessons_dir = root / "notebooks"
    if lessons_dir.is_dir():
        for nb in sorted(lessons_dir.glob("*.ipynb")):
            pairs.append((nb, workspace / LESSONS / nb.name))
    for src, dest in pairs:
        rel = str(dest.relative_to(workspace))
        if dest.exists():
            report.kept.append(rel)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".partial")
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)  # never a half-written notebook
        report.added.append(rel)
    return report


def lab_command(workspace: Path, no_browser: bool) -> list[str]:
    exe = Path(sys.executable).parent / "jupyter-lab"
    cmd = [str(exe) if exe.exists() else "jupyter-lab", f"--ServerApp.root_dir={workspace}"]
    if no_browser:
        cmd.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    return cmd
