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


def test_grade_one_assignment_or_one_notebook_keeps_the_other_grades(course_and_ws, capsys):
    course_root, ws = course_and_ws
    solve(course_root, ws, "fx-two")
    capsys.readouterr()
    assert main(["grade", "fx-two", "--workspace", str(ws)]) == 0
    out = capsys.readouterr().out
    assert "Graded now:\n  fx-two/fx-two.ipynb  5/5" in out and "fx-one/fx-one.ipynb" not in out.split("Mastery")[0]
    assert "D2.1.1 Data cleaning" in out
    for p in (ws / "feedback" / "report.json", ws / "feedback" / "mastery.png", ws / "course-home.ipynb",
              ws / "feedback" / "fx-two" / "fx-two.html"):
        assert f"  {p}\n" in out or out.endswith(f"  {p}\n")  # every path it wrote, absolute
    data = json.loads((ws / "feedback" / "report.json").read_text())
    assert data["goals"]["D2.1.1"]["status"] == "mastered" and data["goals"]["D2.1.3"]["status"] == "not attempted"

    # one notebook, by path: a wrong answer is "in progress", fx-two keeps its grade from the last run
    path = ws / "fx-one" / "fx-one.ipynb"
    nb = json.loads(path.read_text())
    nb["cells"][2]["source"] = "def double(x):\n    return 4 if x == 2 else 0\n"
    path.write_text(json.dumps(nb))
    report = grade_path(ws, path, capsys)
    assert report["goals"]["D2.1.1"]["status"] == "mastered" and report["goals"]["D2.1.2"]["earned"] == 3
    assert report["goals"]["D2.1.3"] == {"earned": 0, "possible": 2, "mastery": 0, "status": "in progress"}
    cells = {c["grade_id"]: c["status"] for c in report["cells"]}
    assert cells == {"D2_1_1-double": "pass", "D2_1_2-triple": "pass", "D2_1_3-double": "wrong"}
    home = "".join("".join(c["source"]) for c in json.loads((ws / "course-home.ipynb").read_text())["cells"])
    assert "| D2.1.1 | Data cleaning | ✓ mastered (100%) |" in home and "◐ in progress (0%)" in home


def grade_path(ws, path, capsys):
    capsys.readouterr()
    assert main(["grade", str(path), "--workspace", str(ws), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_grade_names_what_it_cannot_grade(course_and_ws, tmp_path, capsys):
    course_root, ws = course_and_ws
    capsys.readouterr()
    assert main(["grade", "fx-onee", "--workspace", str(ws)]) == 2
    err = capsys.readouterr().err
    assert "no assignment 'fx-onee'. Did you mean fx-one? Known: fx-one, fx-two" in err
    assert main(["grade", str(tmp_path / "elsewhere.ipynb"), "--workspace", str(ws)]) == 2
    assert "is not in your workspace" in capsys.readouterr().err
    assert main(["grade", str(ws / "fx-one" / "fx-1.ipynb"), "--workspace", str(ws)]) == 2
    assert "Known: fx-one.ipynb" in capsys.readouterr().err
    assert main(["grade", "--workspace", str(tmp_path / "nope")]) == 2
    assert f"no workspace at {tmp_path / 'nope'}: create it with `mlsc01 start --workspace {tmp_path / 'nope'}`" \
        in capsys.readouterr().err
    assert main(["--root", str(course_root), "autograde", "fx-tow"]) == 2
    assert "Did you mean fx-two?" in capsys.readouterr().err


def test_not_attempted_and_zero_are_told_apart():
    rep = build_report([("D2_1_1-a", 0, 2, "not attempted"), ("D2_1_2-a", 0, 2, "wrong"), ("D2_1_3-a", 2, 2, "pass"),
                        ("D2_2_1-a", 0, 1, "not attempted"), ("D2_2_1-b", 1, 2, "wrong")])
    status = {g: t.status for g, t in rep.goals.items() if t.possible}
    assert status == {"D2.1.1": "not attempted", "D2.1.2": "in progress", "D2.1.3": "mastered", "D2.2.1": "in progress"}
    assert rep.goals["D4.4.4"].status == "no exercise yet"


def test_mastery_plot_names_goals_and_hatches_not_attempted(tmp_path):
    from mlsc01.selfgrade import mastery_figure, plot_mastery

    rep = build_report([("D2_1_1-a", 0, 2, "not attempted"), ("D2_1_2-a", 0, 2, "wrong"), ("D2_1_3-a", 1, 2, "pass")])
    ax = mastery_figure(rep).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "D2.1.3 Data quality issues", "D2.1.2 Labeling with Ground Truth", "D2.1.1 Data cleaning"]
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["50 %", "0 %", "not attempted"]  # a wrong 0 % is not drawn like a goal never tried
    hatched = [p for p in ax.patches if p.get_hatch()]
    assert len(hatched) == 1 and hatched[0].get_width() == 100
    plot_mastery(rep, tmp_path / "m.png")
    assert (tmp_path / "m.png").stat().st_size > 1000


def test_grade_one_part_of_a_split_assignment(course_root, tmp_path, capsys):
    from test_workspace import split_course

    split_course(course_root)
    ws = tmp_path / "ws"
    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0
    part1 = ws / "d2-2-feature-engineering" / "d2-2-feature-engineering-part1.ipynb"
    part1.write_bytes((course_root / "source" / "d2-2-feature-engineering" / part1.name).read_bytes())
    report = grade_path(ws, part1, capsys)
    assert [(n["notebook"], n["earned"]) for n in report["notebooks"]] == [("d2-2-feature-engineering-part1", 2)]
    assert report["goals"]["D2.2.1"]["status"] == "mastered" and report["goals"]["D2.2.2"]["status"] == "not attempted"
    assert (ws / "feedback" / "d2-2-feature-engineering" / "d2-2-feature-engineering-part1.html").is_file()
    assert report["recommendations"][0]["exercise"] in ("d2-1-data-sanitization/d2-1-data-sanitization.ipynb",
                                                        "d2-2-feature-engineering/d2-2-feature-engineering-part2.ipynb")
