"""Grading the same submissions twice gives the same scores, for every assignment of the CI sample
($MLSC01_CI_SAMPLE, default: all; see mlsc01.cisample)."""

import json
import shutil

from conftest import REPO

from mlsc01 import course
from mlsc01.catalog import GRADE_ID
from mlsc01.cisample import from_env
from mlsc01.cli import main
from mlsc01.selfgrade import grade_workspace


def half_solved(source: dict, release: dict) -> dict:
    """The release notebook with the first half of its answer cells taken from the solution."""
    sol = [i for i, c in enumerate(release["cells"]) if c["metadata"].get("nbgrader", {}).get("solution")]
    for i in sol[: len(sol) // 2]:
        release["cells"][i]["source"] = source["cells"][i]["source"]
    return release


def graded_goals(assignments) -> set[str]:
    ids = set()
    for a in assignments:
        for src in course.source_notebooks(REPO, a):
            for c in json.loads(src.read_text())["cells"]:
                nb = c["metadata"].get("nbgrader", {})
                m = GRADE_ID.match(nb.get("grade_id", ""))
                if nb.get("grade") and not nb.get("solution") and m:
                    ids.add("D{}.{}.{}".format(*m.groups()))
    return ids


def test_grades_are_deterministic(tmp_path, capsys):
    sample = from_env(REPO)
    assert sample, "no assignments to grade"
    ws = tmp_path / "ws"
    assert main(["--root", str(REPO), "start", "--workspace", str(ws), "--no-lab"]) == 0
    for a in set(course.assignments(REPO)) - set(sample):
        shutil.rmtree(ws / a)  # outside the sample: not graded
    for a in sample:
        for src in course.source_notebooks(REPO, a):
            mine = ws / a / src.name
            mine.write_text(json.dumps(half_solved(json.loads(src.read_text()), json.loads(mine.read_text()))))
    first_run = grade_workspace(REPO, ws, progress=False)
    second_run = grade_workspace(REPO, ws, progress=False)
    (first, first_nbs), (second, second_nbs) = first_run, second_run
    goals = graded_goals(sample)
    scores = {g: (t.earned, t.possible) for g, t in first.goals.items() if g in goals}
    assert scores == {g: (t.earned, t.possible) for g, t in second.goals.items() if g in goals}, \
        f"first run: {first_nbs}\nsecond run: {second_nbs}"
    assert set(scores) == goals and all(p for _, p in scores.values())
    earned = sum(e for e, _ in scores.values())
    assert 0 < earned < sum(p for _, p in scores.values())  # half-solved: some points, not all
