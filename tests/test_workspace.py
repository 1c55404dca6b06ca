import json
from pathlib import Path

import pytest
from conftest import add_assignment, fixture_cells

from mlsc01.authoring import code, md, write_notebook
from mlsc01.cli import main


def test_start_creates_then_never_overwrites(course_root, tmp_path, capsys):
    add_assignment(course_root, "fx-good", fixture_cells())
    write_notebook(course_root / "notebooks" / "fx-good.ipynb", [code("x = 1")])
    assert main(["--root", str(course_root), "release"]) == 0
    ws = tmp_path / "ws"
    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0
    mine = ws / "fx-good" / "fx-good.ipynb"
    assert mine.is_file() and (ws / "lessons" / "fx-good.ipynb").is_file()
    assert "created with 2 notebook(s)" in capsys.readouterr().out

    nb = json.loads(mine.read_text())
    nb["cells"][2]["source"] = "def double(x):\n    return x + x  # my work"
    mine.write_text(json.dumps(nb))
    add_assignment(course_root, "fx-second", fixture_cells())  # a course update brings a new notebook
    assert main(["--root", str(course_root), "release", "fx-second"]) == 0
    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0
    out = capsys.readouterr().out
    assert "added 1 notebook(s)" in out and f"new: {ws / 'fx-second' / 'fx-second.ipynb'}" in out
    assert "my work" in mine.read_text()
    assert not list(ws.rglob("*.partial"))


def test_reveal_prints_the_solution_and_is_recorded(course_root, tmp_path, capsys, monkeypatch):
    from mlsc01.solutions import reveal, solution_source
    from mlsc01.workspace import read_reveals

    add_assignment(course_root, "fx-good", fixture_cells())
    assert main(["--root", str(course_root), "release"]) == 0
    ws = tmp_path / "ws"
    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0
    assert "return 2 * x" in solution_source(course_root, "D2_1_1-double")       # by test cell id
    assert "return 2 * x" in solution_source(course_root, "D2_1_1-double-code")  # by solution cell id
    monkeypatch.chdir(ws / "fx-good")  # where the learner's notebook runs
    capsys.readouterr()
    reveal("D2_1_1-double")
    assert "return 2 * x" in capsys.readouterr().out
    assert [r["grade_id"] for r in read_reveals(ws)] == ["D2_1_1-double"]
    with pytest.raises(KeyError, match="no check 'D2_1_1-nope'; the checks of D2.1.1 are: D2_1_1-double"):
        reveal("D2_1_1-nope")
    assert len(read_reveals(ws)) == 1


def split_course(course_root):
    """d2-1 as one notebook with a lesson; d2-2 split into two parts, one without an estimated time."""
    from conftest import TEST

    add_assignment(course_root, "d2-1-data-sanitization", fixture_cells())
    nb = course_root / "source" / "d2-1-data-sanitization" / "d2-1-data-sanitization.ipynb"
    data = json.loads(nb.read_text())
    data["cells"][0]["source"] = "# Exercise\n\n*Estimated time: about 25 minutes.*"
    nb.write_text(json.dumps(data))
    write_notebook(course_root / "notebooks" / "d2-1-data-sanitization.ipynb",
                   [md("# Lesson\n\n*Estimated time: about 40 minutes.*"), code("x = 1")])
    for part, gid in ((1, "D2_2_1-double"), (2, "D2_2_2-double")):
        cells = fixture_cells(grade_id=gid, test_src=TEST.replace("D2_1_1-double", gid))
        cells[0] = md("# A fixture part without an estimated time")
        write_notebook(course_root / "source" / "d2-2-feature-engineering" / f"d2-2-feature-engineering-part{part}.ipynb",
                       cells)
    assert main(["--root", str(course_root), "release"]) == 0


def test_start_writes_a_read_only_course_home_and_the_learner_lab_config(course_root, tmp_path, capsys):
    import os
    import stat

    from mlsc01.home import HOME
    from mlsc01.learnerlab import LAB_PLUGINS_OFF
    from mlsc01.links import check_workspace
    from mlsc01.workspace import lab_command, lab_env

    split_course(course_root)
    ws = tmp_path / "ws"
    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0
    assert f"course home (rewritten by start and grade): {ws / HOME}" in capsys.readouterr().out
    assert (ws / "d2-2-feature-engineering" / "d2-2-feature-engineering-part2.ipynb").is_file()
    home = ws / HOME
    assert not os.stat(home).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    text = "\n".join("".join(c["source"]) for c in json.loads(home.read_text())["cells"])
    assert "This page is the course's file, not yours." in text
    assert "[lesson](lessons/d2-1-data-sanitization.ipynb) (about 40 min)" in text
    assert "[exercise](d2-1-data-sanitization/d2-1-data-sanitization.ipynb) (about 25 min) · in all about 65 min" in text
    assert ("[d2-2-feature-engineering-part1](d2-2-feature-engineering/d2-2-feature-engineering-part1.ipynb) (—)"
            in text and "d2-2-feature-engineering-part2.ipynb) (—) · in all —" in text)
    assert "| D2.1.1 | Data cleaning | not graded yet |" in text and "| D2.1.2 | Labeling with Ground Truth | no exercise yet |" in text
    assert text.count("### D") == 18 and "not graded yet" in text
    assert "mlsc01 grade d2-1-data-sanitization" in text and "hint(\"D2.1.1\")" in text and "mlsc01 exam new" in text
    assert check_workspace(ws) == ([], 4)

    assert main(["--root", str(course_root), "start", "--workspace", str(ws), "--no-lab"]) == 0  # rewritten again
    assert "--LabApp.default_url=/lab/tree/course-home.ipynb" in lab_command(ws, no_browser=True)
    env = lab_env(ws, {"PATH": "/usr/bin"})
    cfg = Path(env["JUPYTER_CONFIG_PATH"])
    assert cfg == ws.resolve() / ".mlsc01" / "jupyter-config" and env["PATH"].endswith("/usr/bin")
    server = json.loads((cfg / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"] == {"nbgrader.server_extensions.formgrader": False,
                                                          "nbgrader.server_extensions.course_list": False}
    page = json.loads((cfg / "labconfig" / "page_config.json").read_text())["disabledExtensions"]
    assert set(page) == set(LAB_PLUGINS_OFF) and "@jupyter/nbgrader:assignment-list" not in page
    assert "@jupyter/nbgrader:validate-assignment" not in page


def test_estimated_time_is_read_from_the_first_markdown_cell(tmp_path):
    from mlsc01.home import estimated_minutes

    p = write_notebook(tmp_path / "a.ipynb", [md("# T\n\n*Estimated time: about 35 minutes.*"), md("x")])
    assert estimated_minutes(p) == 35
    p = write_notebook(tmp_path / "b.ipynb", [md("# T"), md("*Estimated time: about 35 minutes.*")])
    assert estimated_minutes(p) is None
    assert estimated_minutes(tmp_path / "missing.ipynb") is None
