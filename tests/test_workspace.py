import json

import pytest
from conftest import add_assignment, fixture_cells

from mlsc01.authoring import code, write_notebook
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
    with pytest.raises(KeyError, match="no exercise"):
        reveal("D2_1_1-nope")
    assert len(read_reveals(ws)) == 1
