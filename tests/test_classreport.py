"""`mlsc01 report`: per-goal class results straight from an nbgrader gradebook."""

import csv
import json

from conftest import add_assignment
from nbgrader.api import Gradebook
from test_selfgrade import two_goal_cells

from mlsc01.cli import main
from mlsc01.grading import scratch_course


def test_report_from_a_real_gradebook(course_root, tmp_path, capsys):
    add_assignment(course_root, "fx-two", two_goal_cells())
    src = course_root / "source/fx-two/fx-two.ipynb"
    with scratch_course(course_root) as sc:
        rel = sc.generate("fx-two") / "fx-two.ipynb"
        half = tmp_path / "half" / "fx-two.ipynb"
        half.parent.mkdir()
        nb = json.loads(rel.read_text())
        nb["cells"][2]["source"] = "def double(x):\n    return 2 * x\n"
        half.write_text(json.dumps(nb))
        for student, nb_path in (("ada", src), ("bob", half), ("cy", rel)):
            sc.submit(student, "fx-two", [nb_path])
            sc.autograde(student, "fx-two")
        db = sc.folder / "gradebook.db"
        with Gradebook(sc.db_url) as gb:
            gb.update_or_create_student("dee")  # enrolled, never submitted
        out = tmp_path / "reports"
        capsys.readouterr()
        assert main(["report", "--db", str(db), "--out", str(out), "--assignment", "fx-two"]) == 0
    rows = list(csv.reader((out / "goals_by_student.csv").open()))
    assert rows[0] == ["student", "D2.1.1", "D2.1.2"]
    table = {r[0]: [float(x) for x in r[1:]] for r in rows[1:]}
    assert table["ada"] == [1.0, 1.0] and table["bob"] == [1.0, 0.0]
    assert table["cy"] == [0.0, 0.0] and table["dee"] == [0.0, 0.0]
    assert table["class mean"] == [0.5, 0.25]
    text = capsys.readouterr().out
    assert text.index("D2.1.2") < text.index("D2.1.1")  # the weakest goal first
    assert (out / "goals_heatmap.png").stat().st_size > 1000
    assert "dee: fx-two" in (out / "struggling_goals.md").read_text()
    assert main(["report", "--db", str(db), "--assignment", "nope", "--out", str(out)]) == 2


def test_heatmap_is_sized_to_its_content():
    from mlsc01.classreport import heatmap_layout

    small, big = heatmap_layout(3, 14), heatmap_layout(300, 70)
    assert small["values"] and not big["values"]  # numbers in the cells only where they fit
    assert 7 <= small["size"][0] <= 12 and small["size"][1] <= 6
    assert big["size"][0] <= 22 and 30 <= big["size"][1] <= 36 and big["student_step"] == 2
    assert heatmap_layout(40, 30)["values"]


def test_struggling_goals_link_their_lessons(tmp_path):
    from mlsc01.authoring import md, write_notebook
    from mlsc01.classreport import ClassReport, write_report

    root = tmp_path / "course"
    write_notebook(root / "notebooks" / "d2-1-data-sanitization.ipynb", [md("# Lesson")])
    rep = ClassReport(["ada", "bob", "cy"], ["D2.1.1", "D2.2.1"], {("ada", "D2.1.1"): 1.0},
                      {(s, g): 2.0 for s in ("ada", "bob", "cy") for g in ("D2.1.1", "D2.2.1")}, {})
    paths = write_report(rep, root / "reports", root)
    text = paths["struggling"].read_text()
    assert "| D2.1.1 Data cleaning | 17% |" in text
    assert "[d2-1-data-sanitization](../notebooks/d2-1-data-sanitization.ipynb)" in text
    assert "no lesson yet (notebooks/d2-2-feature-engineering.ipynb)" in text
    assert all(p.is_absolute() for p in paths.values())
    assert paths["heatmap"].stat().st_size > 5000
