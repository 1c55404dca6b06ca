"""The shipped course: every graded goal has exam-style items, every test cell has hints, notebooks are clean."""

import json

import nbformat
import pytest
from conftest import REPO

from mlsc01 import course
from mlsc01.coverage import coverage
from mlsc01.extras import extra_of
from mlsc01.hints import all_hints
from mlsc01.items import ITEMS_PER_GOAL
from mlsc01.verify import stored_outputs
from mlsc01.verify import test_cells as graded_cells

SOURCES = [p for a in course.assignments(REPO) for p in course.source_notebooks(REPO, a)]


# the domains that are complete: every goal has autograded test cells (and, above, its items)
COMPLETE_DOMAINS = {1: 11, 2: 14, 3: 29, 4: 16}


def test_every_goal_with_exercises_has_three_items_and_complete_domains_are_complete():
    cov = {c.id: c for c in coverage(REPO)}
    graded = [c for c in cov.values() if c.test_cells]
    assert graded, "the course has no graded exercise"
    assert all(c.items >= ITEMS_PER_GOAL for c in graded), [c.id for c in graded if c.items < ITEMS_PER_GOAL]
    for domain, n_goals in COMPLETE_DOMAINS.items():
        goals = [g for g in cov if g.startswith(f"D{domain}.")]
        assert len(goals) == n_goals, f"domain {domain} has {len(goals)} goals in the catalog, not {n_goals}"
        assert [g for g in goals if cov[g].test_cells < 1] == [], f"domain {domain} has goals without test cells"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_every_test_cell_has_tiered_hints(path):
    hints = all_hints()
    nb = nbformat.read(str(path), as_version=4)
    missing = [gid for gid, _ in graded_cells(nb) if len(hints.get(gid, [])) < 2]
    assert missing == [], f"no 2+ hints for {missing}"


@pytest.mark.parametrize("path", sorted(REPO.glob("notebooks/*.ipynb")) + SOURCES, ids=lambda p: p.name)
def test_notebooks_are_stored_clean_and_lessons_ungraded(path):
    nb = nbformat.read(str(path), as_version=4)
    assert stored_outputs(nb) == []
    assert set(json.loads(path.read_text())["metadata"]) <= {"kernelspec", "language_info", "mlsc01"}
    if path.parent.name == "notebooks":
        assert not any(c.get("metadata", {}).get("nbgrader") for c in nb.cells), "a lesson must not be graded"
        named = [a for a in course.assignments(REPO) if path.stem == a or extra_of(path, a)]
        assert named, ("a lesson is named after its assignment, an optional extra lesson <assignment>-<extra> "
                       "for an extra of mlsc01.extras.EXTRAS")
