"""`mlsc01 grade`: mastery by goal from a learner's workspace, graded with the hidden tests."""

import json

import pytest
from conftest import SOLUTION, TEST, add_assignment, fixture_cells

from mlsc01.authoring import code, md, solution
from mlsc01.authoring import tests as graded_tests
from mlsc01.cli import main
from mlsc01.mastery import build_report

TEST2 = TEST.replace("D2_1_1-double", "D2_1_2-double")


def two_goal_cells():
    return [md("# two goals"), code("from mlsc01.checks import exercise, expect"),
            solution("D2_1_1-double-code", SOLUTION), graded_tests("D2_1_1-double", 2, TEST),
            solution("D2_1_2-triple-code", SOLUTION.replace("double", "triple").replace("2 * x", "3 * x")),
            graded_tests("D2_1_2-triple", 3, TEST2.replace("double", "triple").replace("== 4", "== 6")
                  .replace("2 * v", "3 * v"))]


@pytest.fixture
def course_and_ws(course_root, tmp_path):
    add_assignment(course_root, "fx-two", two_goal_cells())
    add_assignment(course_root, "fx-one", fixture_cells(grade_id="D2_1_3-double",
                                                        test_src=TEST.replace("D2_1_1", "D2_1_3")))
    assert main(["--root", str(course_root), "release"]) == 0
    ws = tmp_path / "ws"
    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0
    return course_root, ws


def grade(ws, capsys):
    capsys.readouterr()
    assert main(["grade", "--workspace", str(ws), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def solve(course_root, ws, assignment):
    (ws / assignment / f"{assignment}.ipynb").write_bytes(
        (course_root / "source" / assignment / f"{assignment}.ipynb").read_bytes())


def test_untouched_solved_and_half_solved(course_and_ws, capsys):
    course_root, ws = course_and_ws
    untouched = grade(ws, capsys)
    assert untouched["goals"]["D2.1.1"]["earned"] == 0 and untouched["goals"]["D2.1.1"]["possible"] == 2
    assert untouched["readiness"] == 100 and not untouched["passed"]
    assert [r["goal"] for r in untouched["recommendations"]] == ["D2.1.1", "D2.1.2", "D2.1.3"]
    assert untouched["recommendations"][0]["lesson"] == "lessons/d2-1-data-sanitization.ipynb"

    # half: solve only the first goal of fx-two, by hand, leaving the second stub in place
    path = ws / "fx-two" / "fx-two.ipynb"
    nb = json.loads(path.read_text())
    nb["cells"][2]["source"] = "def double(x):\n    return x + x\n"
    path.write_text(json.dumps(nb))
    before = path.read_bytes()
    half = grade(ws, capsys)
    assert path.read_bytes() == before  # the learner's file is never changed
    mastered = {g for g, t in half["goals"].items() if t["possible"] and t["mastery"] == 1}
    assert mastered == {"D2.1.1"}
    assert half["goals"]["D2.1.2"]["earned"] == 0 and half["goals"]["D2.1.3"]["earned"] == 0
    assert "D2.1.1" not in [r["goal"] for r in half["recommendations"]]

    solve(course_root, ws, "fx-two")
    solve(course_root, ws, "fx-one")
    full = grade(ws, capsys)
    assert all(t["mastery"] == 1 for t in full["goals"].values() if t["possible"])
    assert full["readiness"] == 1000 and full["passed"] and full["recommendations"] == []
    assert (ws / "feedback" / "mastery.png").stat().st_size > 1000
    html = (ws / "feedback" / "fx-two" / "fx-two.html").read_text()
    assert "pass" in html
    for hidden in ("double is wrong on other inputs", "range(-5, 50)", "BEGIN HIDDEN TESTS"):
        assert hidden not in html


def test_feedback_of_a_wrong_answer_has_no_hidden_text(course_and_ws, capsys):
    course_root, ws = course_and_ws
    path = ws / "fx-one" / "fx-one.ipynb"
    nb = json.loads(path.read_text())
    nb["cells"][2]["source"] = "def double(x):\n    return 4 if x == 2 else 0  # hard-coded\n"
    # a learner cell after the tests prints the kernel's input history, hidden tests included (nbgrader#917)
    nb["cells"].append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                        "source": "print('HISTORY', *In, sep='\\n')"})
    path.write_text(json.dumps(nb))
    report = grade(ws, capsys)
    assert report["goals"]["D2.1.3"]["earned"] == 0
    html = (ws / "feedback" / "fx-one" / "fx-one.html").read_text()
    assert "wrong: double is wrong on other inputs" in html  # the one-line message, not the code
    assert "HISTORY" in html and "[hidden test]" in html
    assert "range(-5, 50)" not in html and "all(double(v)" not in html


def test_readiness_weights():
    rep = build_report([("D1_1_1-a", 1, 1), ("D3_1_1-a", 0, 1)])
    # D1 (weight 20) mastered, D3 (weight 36) not: 100 + 900 * 20/56
    assert rep.readiness == pytest.approx(100 + 900 * 20 / 56, abs=0.1)
    assert rep.to_json()["domains"]["D1"]["weight"] == 20
