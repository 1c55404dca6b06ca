"""Grading the same submissions twice gives the same scores, for every assignment of Domain 2."""

import json

from conftest import REPO

from mlsc01 import course
from mlsc01.cli import main
from mlsc01.selfgrade import grade_workspace


def half_solved(source: dict, release: dict) -> dict:
    """The release notebook with the first half of its answer cells taken from the solution."""
    sol = [i for i, c in enumerate(release["cells"]) if c["metadata"].get("nbgrader", {}).get("solution")]
    for i in sol[: len(sol) // 2]:
        release["cells"][i]["source"] = source["cells"][i]["source"]
    return release


def test_domain_2_grades_are_deterministic(tmp_path, capsys):
    d2 = [a for a in course.assignments(REPO) if a.startswith("d2-")]
    assert len(d2) == 4
    ws = tmp_path / "ws"
    assert main(["--root", str(REPO), "start", "--workspace", str(ws), "--no-lab"]) == 0
    for a in d2:
        for src in course.source_notebooks(REPO, a):
            mine = ws / a / src.name
            mine.write_text(json.dumps(half_solved(json.loads(src.read_text()), json.loads(mine.read_text()))))
    first, _ = grade_workspace(REPO, ws, progress=False)
    second, _ = grade_workspace(REPO, ws, progress=False)
    scores = {g: (t.earned, t.possible) for g, t in first.goals.items() if t.possible}
    assert scores == {g: (t.earned, t.possible) for g, t in second.goals.items() if t.possible}
    assert len(scores) == 14
    earned = sum(e for e, _ in scores.values())
    assert 0 < earned < sum(p for _, p in scores.values())  # half-solved: some points, not all
