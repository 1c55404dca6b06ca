"""`mlsc01 verify` proves a good assignment and fails each kind of broken one with a clear message."""

import json

from conftest import SOLUTION, TEST, add_assignment, fixture_cells

from mlsc01.authoring import code, md, new_notebook, readonly, write_notebook
from mlsc01.cli import main
from mlsc01.verify import estimate_problems, verify


def run_verify(root, names=None, jobs=2, lessons=True):
    lines = []
    rc = verify(root, names, jobs=jobs, lessons=lessons, out=lines.append, progress=False)
    return rc, "\n".join(lines)


def test_good_assignment_and_lesson_pass(course_root):
    add_assignment(course_root, "fx-good", fixture_cells())
    write_notebook(course_root / "notebooks" / "fx-good.ipynb", [md("# Lesson\n\n*Estimated time: about 30 minutes.*"),
                                                               code("x = sum(range(10))\nassert x == 45")])
    assert main(["--root", str(course_root), "release", "fx-good"]) == 0
    rc, text = run_verify(course_root)
    assert rc == 0, text
    assert "verify passed" in text
    row = next(line for line in text.splitlines() if line.startswith("fx-good/fx-good.ipynb"))
    assert "D2.1.1" in row and " 2 " in row and "ok" in row
    assert "notebooks/fx-good.ipynb" in text


def test_each_broken_assignment_fails_with_its_own_message(course_root):
    add_assignment(course_root, "fx-good", fixture_cells())
    vacuous = TEST.replace('expect(double(2) == 4, "double(2) is wrong")', 'expect(2 + 2 == 4, "arithmetic")')
    vacuous = vacuous.replace("expect(all(double(v) == 2 * v for v in range(-5, 50)), \"double is wrong on other inputs\")",
                              "expect(True, 'nothing')")
    add_assignment(course_root, "fx-vacuous", fixture_cells(test_src=vacuous))
    add_assignment(course_root, "fx-good-badsolution", fixture_cells(solution_src=SOLUTION.replace("2 * x", "3 * x")))
    add_assignment(course_root, "fx-goalid", fixture_cells())
    add_assignment(course_root, "fx-outputs", fixture_cells())
    add_assignment(course_root, "fx-stale", fixture_cells())
    add_assignment(course_root, "fx-untagged", fixture_cells())
    stops = fixture_cells()  # a data cell that calls the learner's function: Run All stops there on the release
    stops.insert(3, readonly("D2_1_1-double-data", "doubled = double(21)"))
    add_assignment(course_root, "fx-stops", stops)
    assert main(["--root", str(course_root), "release"]) == 0

    # break the notebooks after their release was generated
    path = course_root / "source/fx-goalid/fx-goalid.ipynb"
    nb = json.loads(path.read_text())
    nb["cells"][3]["metadata"]["nbgrader"]["grade_id"] = "D9_9_9-double"
    path.write_text(json.dumps(nb))
    path = course_root / "source/fx-outputs/fx-outputs.ipynb"
    nb = json.loads(path.read_text())
    nb["cells"][1]["execution_count"] = 3
    nb["cells"][1]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hi\n"}]
    path.write_text(json.dumps(nb))
    path = course_root / "source/fx-stale/fx-stale.ipynb"
    nb = json.loads(path.read_text())
    nb["cells"][0]["source"] = "# A fixture exercise, edited after release\n\n*Estimated time: about 5 minutes.*"
    path.write_text(json.dumps(nb))

    path = course_root / "source/fx-untagged/fx-untagged.ipynb"
    nb = json.loads(path.read_text())
    del nb["cells"][3]["metadata"]["tags"]
    path.write_text(json.dumps(nb))

    rc, text = run_verify(course_root)
    assert rc == 1
    problems = [line for line in text.splitlines() if line.startswith("- ")]
    def about(name):
        return [p for p in problems if f"/{name}/" in p or f"{name} (" in p or p.startswith(f"- source/{name}:")]

    assert about("fx-good") == []
    assert any("untouched release" in p and "vacuous" in p for p in about("fx-vacuous")), text
    assert any("on the source solution" in p and "0/2" in p for p in about("fx-good-badsolution")), text
    assert any("does not name a catalog goal" in p for p in about("fx-goalid")), text
    assert any("outputs or execution counts" in p and "mlsc01 strip" in p for p in about("fx-outputs")), text
    assert any("is stale" in p and "cell 0" in p and "mlsc01 release fx-stale" in p for p in about("fx-stale")), text
    assert any("lacks the 'raises-exception' tag" in p and "Run All" in p for p in about("fx-untagged")), text
    assert any("code cell 4 (D2_1_1-double-data) raises on the untouched release, so Run All stops there" in p
               for p in about("fx-stops")), text
    for name in ("fx-vacuous", "fx-good-badsolution", "fx-goalid", "fx-outputs", "fx-stale", "fx-untagged", "fx-stops"):
        row = next(line for line in text.splitlines() if line.startswith(f"{name}/"))
        assert row.rstrip().endswith("FAIL"), row
    for name in ("fx-good",):
        assert next(line for line in text.splitlines() if line.startswith(f"{name}/")).rstrip().endswith("ok")


def test_missing_release_and_failing_lesson(course_root):
    add_assignment(course_root, "fx-good", fixture_cells())
    write_notebook(course_root / "notebooks" / "fx-good.ipynb", [code("raise ValueError('lesson is broken')")])
    rc, text = run_verify(course_root, jobs=1)
    assert rc == 1
    assert "release/fx-good/fx-good.ipynb: is missing; run `mlsc01 release fx-good`" in text
    assert "notebooks/fx-good.ipynb: fails to execute" in text and "lesson is broken" in text


def test_corrupt_notebook_and_unknown_assignment(course_root, capsys):
    add_assignment(course_root, "fx-good", fixture_cells())
    (course_root / "source/fx-good/fx-good.ipynb").write_text("{ not json")
    rc, text = run_verify(course_root, lessons=False)
    assert rc == 1 and "cannot be read as a notebook" in text
    assert main(["--root", str(course_root), "verify", "no-such-assignment"]) == 2
    assert "no assignment no-such-assignment" in capsys.readouterr().err


def test_every_notebook_states_one_sitting():
    def problems(text):
        return [p.message for p in estimate_problems(new_notebook([md(text), code("x = 1")]), "nb.ipynb")]

    assert problems("# T\n\n*Estimated time: about 85 minutes.*") == []
    assert "exactly one line" in problems("# T\n\nabout 85 minutes")[0]
    assert "exactly one line" in problems("*Estimated time: about 5 minutes.* *Estimated time: about 6 minutes.*")[0]
    assert "split it" in problems("# T\n\n*Estimated time: about 180 minutes.*")[0]
