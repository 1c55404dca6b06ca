"""Practice exams: 65 items by domain weight, 50 scored, all-or-nothing multiple response, options shuffled
per draw, the key kept outside the workspace, the time taken reported."""

import json
import os
from collections import Counter
from datetime import datetime

import nbformat
import pytest
from conftest import REPO, make_course

from mlsc01 import exam
from mlsc01.catalog import goals
from mlsc01.cli import main
from mlsc01.course import CourseError
from mlsc01.items import Item
from mlsc01.workspace import write_marker


def fake_bank(per_goal=3):
    items = []
    for g in goals():
        for k in range(per_goal):
            mr = k == 2
            items.append(Item(f"{g.grade_prefix}-q{k}", g.id, "multiple_response" if mr else "multiple_choice",
                              f"Stem for {g.id} number {k}" + (" (Choose two.)" if mr else ""),
                              tuple(f"option {i} of {g.id}/{k}" for i in range(5 if mr else 4)),
                              (0, 2) if mr else (1,), f"Explanation of {g.id} number {k}.",
                              "https://docs.aws.amazon.com/x"))
    return items


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A course folder, a workspace of it, and the fake bank as the item bank."""
    items = fake_bank()
    monkeypatch.setattr(exam, "bank", lambda: tuple(items))
    root = make_course(tmp_path / "course")
    ws = tmp_path / "ws"
    ws.mkdir()
    write_marker(root, ws)
    return root, ws, {it.id: it for it in items}


def test_draw_has_65_items_by_domain_weight():
    d = exam.draw(fake_bank(), seed=3)
    assert len(d.items) == 65 and len({it.id for it in d.items}) == 65
    assert len(d.unscored) == 15
    per_domain = Counter(int(it.goal[1]) for it in d.items)
    for dom, w in exam.DOMAIN_WEIGHTS.items():
        assert abs(per_domain[dom] - 65 * w / 100) <= 1
    again = exam.draw(fake_bank(), seed=3)
    assert again.items == d.items and again.orders == d.orders  # deterministic, options included
    assert exam.draw(fake_bank(), seed=4).items != d.items


def test_options_are_shuffled_per_draw():
    d = exam.draw(fake_bank(), seed=3)
    assert set(d.orders) == {it.id for it in d.items}
    assert all(sorted(d.orders[it.id]) == list(range(len(it.options))) for it in d.items)
    keys = Counter(d.key(it) for it in d.items if it.type == "multiple_choice")
    assert len(keys) == 4 and max(keys.values()) < 0.5 * sum(keys.values())  # every bank key is B, the draw's vary
    other = exam.draw(fake_bank(), seed=5)
    common = [it for it in d.items if it.id in other.orders]
    assert any(d.orders[it.id] != other.orders[it.id] for it in common)


def test_adaptive_draws_more_from_weak_goals():
    weak = {g.id: (0.0 if g.id.startswith("D2.1") else 1.0) for g in goals()}
    n_weak = sum(sum(it.goal.startswith("D2.1") for it in exam.draw(fake_bank(6), s, weak=weak).items) for s in range(20))
    n_flat = sum(sum(it.goal.startswith("D2.1") for it in exam.draw(fake_bank(6), s).items) for s in range(20))
    assert n_weak > 1.5 * n_flat


def test_not_enough_items_says_what_was_asked_for():
    no_d3 = [it for it in fake_bank() if not it.goal.startswith("D3")]
    with pytest.raises(CourseError, match="a full practice exam of 65 questions needs 23 items from domain 3, "
                                          "and the item bank has 0: .*--domain D --items N"):
        exam.draw(no_d3, seed=0)
    d2 = [it for it in fake_bank() if it.goal.startswith("D2")]  # 14 goals x 3 = 42 items
    with pytest.raises(CourseError, match=r"a practice set of 50 questions from domain 2 needs 50 items from "
                                          r"domain 2, and the item bank has 42: ask for fewer questions \(--items 42 at most\)"):
        exam.draw(d2, seed=0, n_items=50, n_scored=38, domains=[2])
    with pytest.raises(CourseError, match="--items takes the number of questions"):
        exam.draw(d2, seed=0, n_items=0, n_scored=0)


def test_multiple_response_is_all_or_nothing():
    mr = fake_bank()[2]
    assert mr.type == "multiple_response"
    assert mr.is_correct(exam.parse_choice("AC")) and mr.is_correct(exam.parse_choice("c, a"))
    assert not mr.is_correct(exam.parse_choice("A")) and not mr.is_correct(exam.parse_choice("ACD"))
    assert exam.parse_choice("") is None and exam.parse_choice("Z") is None


def test_new_and_score_end_to_end(course):
    root, ws, by_id = course
    made = exam.new_exam(root, ws, seed=7)
    # the workspace holds only the student version; the draw and the nbgrader source are in the course's .mlsc01/
    assert made.notebook == ws.resolve() / "exams" / "exam-7.ipynb"
    assert {str(p.relative_to(ws)) for p in ws.rglob("*") if p.is_file()} == {"exams/exam-7.ipynb",
                                                                               ".mlsc01/workspace.json"}
    keep = root.resolve() / ".mlsc01" / "exams" / exam.workspace_id(ws)
    assert made.draw.parent == keep and made.source.parent.parent == keep
    text = made.notebook.read_text()
    assert "BEGIN HIDDEN TESTS" not in text and "exam-q" in text and "Explanation of" not in text
    assert "180 minutes for 65 questions" in text and exam.EXAM_GUIDE in text
    meta = nbformat.read(str(made.notebook), as_version=4).metadata["mlsc01"]
    assert set(meta) == {"exam", "seed", "draw"}  # no items, no option order in the learner's notebook

    record = json.loads(made.draw.read_text())
    assert len(record["items"]) == 65 and len(record["unscored"]) == 15 and record["minutes"] == 180
    nb = nbformat.read(str(made.notebook), as_version=4)
    assert len(exam.read_answers(nb)) == 65 and all(a == "" for a in exam.read_answers(nb))
    untouched = exam.score_exam(made.notebook)  # finds the course (and the draw) through the workspace
    assert untouched.scaled == 100 and not untouched.passed and untouched.scored == 50
    assert len(untouched.missed) == 65

    # answer every question right (in the draw's shuffled letters) except one scored multiple-response item
    wrong = next(i for i in record["items"] if i not in record["unscored"] and by_id[i].type == "multiple_response")
    answer_cells = [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
    unshuffled_right = 0
    for cell, iid in zip(answer_cells, record["items"], strict=True):
        key = exam.displayed_key(by_id[iid], record["orders"][iid])
        unshuffled_right += key == "".join("ABCDE"[i] for i in by_id[iid].answer)
        cell.source = f'answer = "{key[0] if iid == wrong else key}"'
    assert unshuffled_right < 40  # the file's letters would score badly: the mapping matters
    nbformat.write(nb, str(made.notebook))
    written = datetime.fromisoformat(record["written"]).timestamp()
    os.utime(made.notebook, (written + 42 * 60, written + 42 * 60))
    res = exam.score_exam(made.notebook)
    assert res.correct == 49 and res.scaled == round(100 + 900 * 49 / 50) and res.passed
    assert [it.id for _, it, _, _ in res.missed] == [wrong]
    assert round(res.minutes_taken) == 42 and res.minutes_budget == 180
    out = exam.format_result(res)
    assert "PASS" in out and by_id[wrong].explanation in out and by_id[wrong].source in out
    assert "Time taken: 42 min" in out and "the budget is 180 min" in out
    with pytest.raises(CourseError, match="exists already"):
        exam.new_exam(root, ws, seed=7)


def test_a_practice_set_states_its_share_of_the_time_budget(course):
    root, ws, _ = course
    made = exam.new_exam(root, ws, seed=1, n_items=20, domains=[2])
    assert made.notebook.name == "exam-1-d2-20q.ipynb"
    assert "about 55 minutes for these 20 questions" in made.notebook.read_text()
    assert json.loads(made.draw.read_text())["minutes"] == 55


def test_score_without_the_draw_says_why(course):
    root, ws, _ = course
    made = exam.new_exam(root, ws, seed=2)
    made.draw.unlink()
    with pytest.raises(CourseError, match="the key of this exam .* is not there"):
        exam.score_exam(made.notebook)


def test_exam_new_refuses_a_missing_workspace(tmp_path, capsys):
    missing = tmp_path / "nonexistent"
    assert main(["--root", str(REPO), "exam", "new", "--workspace", str(missing)]) == 2
    err = capsys.readouterr().err
    assert f"no workspace at {missing}" in err and f"mlsc01 start --workspace {missing} --no-lab" in err
    assert not missing.exists()
    plain = tmp_path / "plain"
    plain.mkdir()
    assert main(["--root", str(REPO), "exam", "new", "--workspace", str(plain)]) == 2
    assert "is not a course workspace" in capsys.readouterr().err


def test_exam_source_is_nbgrader_gradable(course, tmp_path):
    """The source version scores 50/50 under nbgrader autograde; the learner's untouched version 0."""
    import shutil

    from mlsc01.grading import scratch_course

    root, ws, _ = course
    made = exam.new_exam(root, ws, seed=1)
    grading = make_course(tmp_path / "grading")
    name = made.notebook.stem
    shutil.copytree(made.source.parent, grading / "source" / name)
    with scratch_course(grading) as sc:
        sc.generate(name)
        sc.submit("key", name, [made.source])
        sc.submit("blank", name, [made.notebook])
        full, blank = sc.autograde("key", name), sc.autograde("blank", name)
    cells = full.notebooks[name]
    assert len(cells) == 50 and sum(c.score for c in cells) == 50
    assert sum(c.score for c in blank.notebooks[name]) == 0


def test_full_exam_from_the_real_bank_is_drawn_by_domain_weight_and_scored(tmp_path):
    """With items in all four domains, `mlsc01 exam new` without --domain draws 65 real items (50 scored) by the
    weights 20/24/36/20, and an exam answered with the keys scores 1000; a one-domain practice set still works."""
    from mlsc01.items import bank

    real = list(bank())
    assert {int(it.goal[1]) for it in real} == {1, 2, 3, 4}
    d = exam.draw(real, seed=3)
    assert len(d.items) == 65 and len(d.unscored) == 15
    by_domain = Counter(int(it.goal[1]) for it in d.items)
    assert by_domain == exam.largest_remainder(65, exam.DOMAIN_WEIGHTS) == {1: 13, 2: 16, 3: 23, 4: 13}

    root = make_course(tmp_path / "course")
    ws = tmp_path / "ws"
    ws.mkdir()
    write_marker(root, ws)
    made = exam.new_exam(root, ws, seed=3)
    record = json.loads(made.draw.read_text())
    by_id = {it.id: it for it in real}
    assert len(record["items"]) == 65 and set(record["items"]) <= set(by_id)
    nb = nbformat.read(str(made.notebook), as_version=4)
    answer_cells = [c for c in nb.cells if c.get("metadata", {}).get("nbgrader", {}).get("solution")]
    for cell, iid in zip(answer_cells, record["items"], strict=True):
        cell.source = f'answer = "{exam.displayed_key(by_id[iid], record["orders"][iid])}"'
    nbformat.write(nb, str(made.notebook))
    res = exam.score_exam(made.notebook)
    assert res.scored == 50 and res.correct == 50 and res.scaled == 1000 and res.passed
    assert set(res.domains) == {1, 2, 3, 4} and all(n > 0 for _, n in res.domains.values())

    d2 = exam.draw(real, seed=0, n_items=20, n_scored=15, domains=[2])
    assert len(d2.items) == 20 and all(it.goal.startswith("D2.") for it in d2.items) and len(d2.unscored) == 5
