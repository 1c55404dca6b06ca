from collections import Counter
from pathlib import Path

import pytest

from mlsc01 import catalog

OUTLINE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "mls-c01-course-outline.txt"


def test_catalog_counts():
    goals = catalog.goals()
    assert len(goals) == 70
    assert len(catalog.topics()) == 18
    assert sorted({g.domain for g in goals}) == [1, 2, 3, 4]
    assert Counter(g.domain for g in goals) == {1: 11, 2: 14, 3: 29, 4: 16}
    assert [len([g for g in goals if g.topic_id == t]) for t, _, _ in catalog.topics()] == [
        3, 4, 4, 3, 5, 3, 3, 3, 5, 4, 3, 5, 7, 2, 5, 4, 3, 4]


def test_goal_fields_and_order():
    goals = catalog.goals()
    assert goals[0].id == "D1.1.1" and goals[-1].id == "D4.4.4"
    g = catalog.goal("D2.1.1")
    assert g.verb == "Implement" and g.weight == 24 and g.topic_name == "Data sanitization and preparation"
    assert g.assignment == "d2-1-data-sanitization" and g.grade_prefix == "D2_1_1"
    assert {g.weight for g in goals if g.domain == 3} == {36}
    assert sum(catalog.DOMAIN_WEIGHTS.values()) == 100
    assert len({g.assignment for g in goals}) == 18
    assert all(g.text.startswith(g.verb) for g in goals)


def test_grade_ids():
    assert catalog.goal_of_grade_id("D2_1_1-impute-median") == "D2.1.1"
    assert catalog.goal_of_grade_id("D4_4_4-x") == "D4.4.4"
    for bad in ("D2.1.1-impute", "D2_1_1", "D9_9_9-x", "D2_1_9-x", "d2_1_1-x", "D2_1_1-has space", ""):
        assert catalog.goal_of_grade_id(bad) is None, bad
    with pytest.raises(KeyError, match="D2.1.1"):
        catalog.goal("D2.9.9")


@pytest.mark.skipif(not OUTLINE.is_file(), reason="the course outline (shared/seed) is not beside this checkout")
def test_catalog_matches_outline():
    parsed = catalog.parse_outline(OUTLINE.read_text("utf-8"))
    assert tuple(parsed) == catalog.goals()


def test_every_goal_has_a_short_name():
    shorts = [g.short for g in catalog.goals()]
    assert all(shorts) and len(set(shorts)) == 70
    assert max(map(len, shorts)) <= 34
    assert catalog.goal("D2.1.1").label == "D2.1.1 Data cleaning"
