"""Where things are in a course folder (the repository, or a copy of it)."""

from __future__ import annotations

import os
from pathlib import Path


class CourseError(Exception):
    """A problem with the course folder or the command's arguments; the message says what to do."""


def find_root(start: str | Path | None = None) -> Path:
    """The course folder: ``$MLSC01_ROOT``, else the nearest folder upward with nbgrader_config.py and source/."""
    env = os.environ.get("MLSC01_ROOT")
    if env and start is None:
        start = env
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "nbgrader_config.py").is_file() and (folder / "source").is_dir():
            return folder
    pkg_parent = Path(__file__).resolve().parent.parent  # an editable install inside the repository
    if start is None and (pkg_parent / "nbgrader_config.py").is_file() and (pkg_parent / "source").is_dir():
        return pkg_parent
    raise CourseError(f"{here} is not inside a course folder (one with nbgrader_config.py and source/): "
                      "run the command in the course repository, pass --root DIR (before the command: "
                      "`mlsc01 --root DIR ...`) or set MLSC01_ROOT=DIR")


def assignments(root: Path) -> list[str]:
    src = root / "source"
    return sorted(p.name for p in src.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def source_notebooks(root: Path, assignment: str) -> list[Path]:
    return sorted((root / "source" / assignment).glob("*.ipynb"))


def release_notebooks(root: Path, assignment: str) -> list[Path]:
    return sorted((root / "release" / assignment).glob("*.ipynb"))


def lessons(root: Path, assignment: str) -> list[Path]:
    """The lesson notebooks of an assignment's topic: ``notebooks/<assignment>*.ipynb``."""
    folder = root / "notebooks"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{assignment}*.ipynb"))


def pick_assignments(root: Path, names: list[str] | None) -> list[str]:
    known = assignments(root)
    if not names:
        if not known:
            raise CourseError(f"no assignments in {root / 'source'}")
        return known
    unknown = [n for n in names if n not in known]
    if unknown:
        import difflib

        close = [m for n in unknown for m in difflib.get_close_matches(n, known, n=1)]
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise CourseError(f"no assignment {', '.join(unknown)} in {root / 'source'}.{hint} "
                          f"Known: {', '.join(known) or 'none'}")
    return list(names)
