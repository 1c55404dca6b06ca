"""Every hint id and check id that the README or a notebook names exists (issue 8, part 8)."""

import re

import nbformat
import pytest
from conftest import REPO

from mlsc01 import course, verify
from mlsc01.catalog import GOAL_ID
from mlsc01.hints import all_hints, hint_text

CALL = re.compile(r"""\b(hint|reveal)\(\s*["']([^"'<>]+)["']""")  # placeholders like "<check id>" are skipped
CHECK_ID = re.compile(r"\bD[1-4]_[1-9]_[1-9]-[A-Za-z0-9_-]*[A-Za-z0-9]")


def grade_ids() -> set[str]:
    ids = set()
    for a in course.assignments(REPO):
        for p in course.source_notebooks(REPO, a):
            nb = nbformat.read(str(p), as_version=4)
            ids |= {c.metadata["nbgrader"]["grade_id"] for c in nb.cells if "nbgrader" in c.metadata}
    return ids


def texts():
    from mlsc01.home import home_notebook

    yield "README.md", (REPO / "README.md").read_text("utf-8")
    yield "the course home", "\n".join(c.source for c in home_notebook(REPO, REPO / "workspace").cells)
    for folder in ("notebooks", "release", "source"):
        for p in sorted((REPO / folder).rglob("*.ipynb")):
            nb = nbformat.read(str(p), as_version=4)
            yield str(p.relative_to(REPO)), "\n".join(c.source for c in nb.cells)


def test_every_named_hint_and_check_id_exists():
    known, hints = grade_ids(), all_hints()
    problems = []
    for where, text in texts():
        for fn, name in CALL.findall(text):
            ok = GOAL_ID.match(name) if fn == "hint" and "_" not in name else name in (hints if fn == "hint" else known)
            if not ok:
                problems.append(f"{where}: {fn}({name!r}) names no check")
        for name in CHECK_ID.findall(text):
            if name not in known and not name.endswith("-slug"):  # D2_1_1-slug: the documented pattern
                problems.append(f"{where}: {name} is no grade id of the course")
    assert not problems, "\n".join(problems)


def test_every_check_has_hints():
    missing = [gid for a in course.assignments(REPO) for p in course.source_notebooks(REPO, a)
               for gid, _ in verify.test_cells(nbformat.read(str(p), as_version=4)) if gid not in all_hints()]
    assert not missing


@pytest.mark.parametrize("asked", ["D2.1.1", "D2_1_1", "D2_1_1-impute-median"])
def test_a_goal_or_unknown_id_lists_the_goals_checks(asked):
    text = hint_text(asked)
    assert "the checks of D2.1.1 are: " in text
    listed = text.split("are: ")[1].split(", ")
    assert listed and all(gid.startswith("D2_1_1-") and gid in all_hints() for gid in listed)


def test_reveal_prints_no_nbgrader_markers(capsys, monkeypatch, tmp_path):
    from mlsc01.solutions import reveal

    monkeypatch.chdir(tmp_path)  # no workspace: nothing recorded
    monkeypatch.setenv("MLSC01_ROOT", str(REPO))
    reveal("D2_1_1-cast-types")
    out = capsys.readouterr().out
    assert "def cast_types" in out and "### BEGIN SOLUTION" not in out and "### END SOLUTION" not in out
    with pytest.raises(KeyError, match="the checks of D2.1.1 are"):
        reveal("D2.1.1")
