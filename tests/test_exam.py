"""Practice exams: 65 items by domain weight, 50 scored, all-or-nothing multiple response."""

from collections import Counter

import nbformat
import pytest

from mlsc01 import exam
from mlsc01.catalog import goals
from mlsc01.course import CourseError
from mlsc01.items import Item


def fake_bank(per_goal=3):
    items = []
    for g in goals():
        for k in range(per_goal):
            mr = k == 2
            items.append(Item(f"{g.grade_prefix}-q{k}", g.id, "multiple_response" if mr else "multiple_choice",
                              f"Stem for {g.id} number {k}" + (" (Choose two.)" if mr else ""),
                              tuple(f"option {i}" for i in range(5 if mr else 4)), (0, 2) if mr else (1,),
                              "An explanation long enough.", "https://docs.aws.amazon.com/x"))
    return items


def test_draw_has_65_items_by_domain_weight():
    d = exam.draw(fake_bank(), seed=3)
    assert len(d.items) == 65 and len({it.id for it in d.items}) == 65
    assert len(d.unscored) == 15
    per_domain = Counter(int(it.goal[1]) for it in d.items)
    for dom, w in exam.DOMAIN_WEIGHTS.items():
        assert abs(per_domain[dom] - 65 * w / 100) <= 1
    assert exam.draw(fake_bank(), seed=3).items == d.items  # deterministic
    assert exam.draw(fake_bank(), seed=4).items != d.items


def test_adaptive_draws_more_from_weak_goals():
    weak = {g.id: (0.0 if g.id.startswith("D2.1") else 1.0) for g in goals()}
    n_weak = sum(sum(it.goal.startswith("D2.1") for it in exam.draw(fake_bank(6), s, weak=weak).items) for s in range(20))
    n_flat = sum(sum(it.goal.startswith("D2.1") for it in exam.draw(fake_bank(6), s).items) for s in range(20))
    assert n_weak > 1.5 * n_flat


def test_not_enough_items_is_a_clear_error():
    with pytest.raises(CourseError, match="item bank has 0 item"):
        exam.draw([it for it in fake_bank() if not it.goal.startswith("D3")], seed=0)


def test_multiple_response_is_all_or_nothing():
    mr = fake_bank()[2]
    assert mr.type == "multiple_response"
    assert mr.is_correct(exam.parse_choice("AC")) and mr.is_correct(exam.parse_choice("c, a"))
    assert not mr.is_correct(exam.parse_choice("A")) and not mr.is_correct(exam.parse_choice("ACD"))
    assert exam.parse_choice("") is None and exam.parse_choice("Z") is None


def test_new_and_score_end_to_end(tmp_path, monkeypatch):
    from conftest import REPO

    items = fake_bank()
    monkeypatch.setattr(exam, "bank", lambda: tuple(items))
    learner, source = exam.new_exam(REPO, tmp_path, seed=7)
    nb = nbformat.read(str(learner), as_version=4)
    assert len(exam.read_answers(nb)) == 65 and all(a == "" for a in exam.read_answers(nb))
    assert "BEGIN HIDDEN TESTS" not in learner.read_text() and "exam-q" in learner.read_text()
    untouched = exam.score_exam(learner)
    assert untouched.scaled == 100 and not untouched.passed and untouched.scored == 50
    assert len(untouched.missed) == 65

    # answer every question right except one scored multiple-response item, which gets one letter of two
    by_id = {it.id: it for it in items}
    meta = nb.metadata["mlsc01"]
    wrong = next(i for i in meta["items"] if i not in meta["unscored"] and by_id[i].type == "multiple_response")
    answer_cells = [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
    for cell, iid in zip(answer_cells, meta["items"], strict=True):
        key = exam._key(by_id[iid])
        cell.source = f'answer = "{key[0] if iid == wrong else key}"'
    nbformat.write(nb, str(learner))
    res = exam.score_exam(learner)
    assert res.correct == 49 and res.scaled == round(100 + 900 * 49 / 50) and res.passed
    assert [it.id for _, it, _ in res.missed] == [wrong]
    text = exam.format_result(res)
    assert "PASS" in text and by_id[wrong].explanation in text and by_id[wrong].source in text
    with pytest.raises(CourseError, match="exists already"):
        exam.new_exam(REPO, tmp_path, seed=7)


def test_exam_source_is_nbgrader_gradable(tmp_path, monkeypatch):
    """The source version scores 50/50 under nbgrader autograde; the learner's untouched version 0."""
    import shutil

    from conftest import REPO, make_course

    from mlsc01.grading import scratch_course

    monkeypatch.setattr(exam, "bank", lambda: tuple(fake_bank()))
    learner, source = exam.new_exam(REPO, tmp_path / "out", seed=1)
    root = make_course(tmp_path / "course")
    shutil.copytree(source.parent, root / "source" / learner.stem)
    with scratch_course(root) as sc:
        sc.generate(learner.stem)
        sc.submit("key", learner.stem, [source])
        sc.submit("blank", learner.stem, [learner])
        full, blank = sc.autograde("key", learner.stem), sc.autograde("blank", learner.stem)
    cells = full.notebooks[learner.stem]
    assert len(cells) == 50 and sum(c.score for c in cells) == 50
    assert sum(c.score for c in blank.notebooks[learner.stem]) == 0


def test_domain_practice_set_from_the_real_bank(tmp_path):
    """While only Domain 2 has items, a Domain 2 practice set works and the full exam says why it can't."""
    from conftest import REPO

    from mlsc01.items import bank

    d2 = [it for it in bank() if it.goal.startswith("D2.")]
    d = exam.draw(list(bank()), seed=0, n_items=20, n_scored=15, domains=[2])
    assert len(d.items) == 20 and all(it.goal.startswith("D2.") for it in d.items) and len(d.unscored) == 5
    assert len(d2) >= 20
    if any(not it.goal.startswith("D2.") for it in bank()):
        return
    with pytest.raises(CourseError, match="--domain D --items N"):
        exam.new_exam(REPO, tmp_path, seed=0)
