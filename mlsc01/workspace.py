"""The learner's workspace: student notebooks and lessons copied from the course, never overwritten.

Layout::

    workspace/
      course-home.ipynb               the course home (generated, read-only: ``mlsc01.home``)
      <assignment>/<notebook>.ipynb   exercises, from release/ (``<assignment>-part1.ipynb``, … when split)
      lessons/<lesson>.ipynb          lessons, from notebooks/
      feedback/                       written by ``mlsc01 grade``
      .mlsc01/                        the course's bookkeeping (course root, reveals, JupyterLab config)
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
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
    write_marker(root, workspace)
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
    """The learner's ``jupyter-lab``: rooted in the workspace, opening on the course home."""
    from .home import HOME

    exe = Path(sys.executable).parent / "jupyter-lab"
    cmd = [str(exe) if exe.exists() else "jupyter-lab", f"--ServerApp.root_dir={workspace}",
           f"--LabApp.default_url=/lab/tree/{HOME}"]
    if no_browser:
        cmd.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    return cmd


def lab_env(workspace: Path, base: dict | None = None) -> dict[str, str]:
    """The environment of the learner's JupyterLab: its own config folder, and ``mlsc01`` on the terminal's PATH."""
    from .learnerlab import write_lab_config

    env = dict(os.environ if base is None else base)
    folder = str(write_lab_config(workspace))
    env["JUPYTER_CONFIG_PATH"] = os.pathsep.join([folder, *filter(None, [env.get("JUPYTER_CONFIG_PATH")])])
    bindir = str(Path(sys.executable).parent)
    if bindir not in env.get("PATH", "").split(os.pathsep):
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


MARKER = ".mlsc01"


def write_marker(root: Path, workspace: Path) -> None:
    folder = workspace / MARKER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "workspace.json").write_text(json.dumps({"course_root": str(Path(root).resolve())}), "utf-8")


def is_workspace(folder: Path) -> bool:
    return (Path(folder) / MARKER / "workspace.json").is_file()


def find_workspace(start: Path | None = None) -> Path | None:
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER / "workspace.json").is_file():
            return folder
    return None


def course_root_of(workspace: Path) -> Path:
    data = json.loads((workspace / MARKER / "workspace.json").read_text("utf-8"))
    return Path(data["course_root"])


def read_reveals(workspace: Path) -> list[dict]:
    path = Path(workspace) / MARKER / "reveals.jsonl"
    if not path.is_file():
        return []
    out = []
    for line in path.read_text("utf-8").splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


def record_reveal(workspace: Path, grade_id: str) -> None:
    path = Path(workspace) / MARKER / "reveals.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"grade_id": grade_id, "time": datetime.now(UTC).isoformat(timespec="seconds")}) + "\n")
