"""`mlsc01 autograde`: parallel, sandboxed grading that survives bad submissions, into nbgrader's gradebook."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import REPO, add_assignment, fixture_cells
from nbgrader.api import Gradebook

from mlsc01.batch import autograde_class
from mlsc01.cli import main
from mlsc01.grading import ScratchCourse, read_scores
from mlsc01.sandbox import bwrap_works

pytestmark = pytest.mark.skipif(not bwrap_works(), reason="bubblewrap is needed (apt-get install bubblewrap)")
A = "fx-good"


def real_course(course_root):
    """A course folder with the assignment in its own gradebook, as `nbgrader generate_assignment` leaves it."""
    with (course_root / "nbgrader_config.py").open("a") as fh:
        fh.write("\nc.Execute.timeout = 5\nc.Execute.iopub_timeout = 5\n")
    add_assignment(course_root, A, fixture_cells())
    sc = ScratchCourse(course_root, course_root)
    sc.db_url = f"sqlite:///{course_root / 'gradebook.db'}"
    sc.config.CourseDirectory.db_url = sc.db_url
    api = sc.api()
    assert api.generate_assignment(A, force=True, create=True)["success"]
    return course_root


def nb_with_solution(course_root, code):
    nb = json.loads((course_root / "release" / A / f"{A}.ipynb").read_text())
    nb["cells"][2]["source"] = code
    return nb


def submit(course_root, student, nb=None, name=f"{A}.ipynb", raw=None):
    d = course_root / "submitted" / student / A
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text(raw if raw is not None else json.dumps(nb))
    return d / name


GOOD = "\ndef double(x):\n    return 2 * x\n"


def test_bad_submissions_each_get_an_outcome_and_the_batch_goes_on(course_root):
    root = real_course(course_root)
    src = json.loads((root / "source" / A / f"{A}.ipynb").read_text())
    submit(root, "good", src)
    submit(root, "stub", json.loads((root / "release" / A / f"{A}.ipynb").read_text()))
    submit(root, "corrupt", raw="{ this is not json")
    submit(root, "renamed", src, name=f"{A} (copy).ipynb")
    deleted = json.loads(json.dumps(src))
    del deleted["cells"][3]
    submit(root, "deleted-test", deleted)
    edited = nb_with_solution(root, GOOD.replace("2 * x", "3 * x"))
    edited["cells"][3]["source"] = "print('all good')"
    submit(root, "edited-test", edited)
    submit(root, "loop", nb_with_solution(root, "while True:\n    pass\n" + GOOD))
    submit(root, "swallow", nb_with_solution(root, "import time\nwhile True:\n    try:\n        time.sleep(0.05)\n"
                                                   "    except KeyboardInterrupt:\n        pass\n" + GOOD))
    submit(root, "exit", nb_with_solution(root, "import os\nos._exit(1)\n" + GOOD))
    submit(root, "segfault", nb_with_solution(root, "import ctypes\nctypes.string_at(0)\n" + GOOD))
    submit(root, "membomb", nb_with_solution(root, "hog = bytearray(40 * 2**30)\n" + GOOD))
    submit(root, "flood", nb_with_solution(root, "for _ in range(200):\n    print('x' * 100_000)\n" + GOOD))
    submit(root, "nodata", nb_with_solution(root, "text = open('data.csv').read()\n" + GOOD))
    before = {p: p.read_bytes() for p in (root / "submitted").rglob("*") if p.is_file()}

    lines = []
    outcomes = {o.student: o for o in autograde_class(root, A, jobs=2, memory_mb=3072, progress=False,
                                                      out=lines.append)}
    assert set(outcomes) == {"good", "stub", "corrupt", "renamed", "deleted-test", "edited-test", "loop", "swallow",
                             "exit", "segfault", "membomb", "flood", "nodata"}
    scores = {s: o.score for s, o in outcomes.items()}
    assert scores == {"good": 2, "stub": 0, "corrupt": 0, "renamed": 2, "deleted-test": 2, "edited-test": 0,
                      "loop": 0, "swallow": 0, "exit": 0, "segfault": 0, "membomb": 0, "flood": 2, "nodata": 0}, lines
    assert all(o.graded for o in outcomes.values()), lines  # every one has a recorded grade
    assert all(o.max_score == 2 for o in outcomes.values())
    out = {s: (root / "autograded" / s / A / f"{A}.ipynb").read_text() for s in ("loop", "exit", "segfault", "membomb", "nodata", "swallow")}
    assert "MemoryError" in out["membomb"] and "FileNotFoundError" in out["nodata"]
    assert "kernel died" in out["exit"] and "kernel died" in out["segfault"] and "KeyboardInterrupt" in out["loop"]
    assert "not a readable notebook" in " ".join(outcomes["corrupt"].notes)
    assert "saved under another name" in " ".join(outcomes["renamed"].notes)
    # nothing submitted was changed or lost
    assert {p: p.read_bytes() for p in (root / "submitted").rglob("*") if p.is_file()} == before
    # the grades are in the course's own gradebook, for the formgrader
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        assert gb.find_submission(A, "good").score == 2 and gb.find_submission(A, "exit").score == 0
    flooded = (root / "autograded" / "flood" / A / f"{A}.ipynb").read_text()
    assert len(flooded) < 2_000_000
    summary = (root / "autograded" / f"{A}-summary.csv").read_text()
    assert "corrupt" in summary and "not a readable notebook" in summary


def test_learner_code_cannot_reach_hidden_tests_gradebook_or_other_students(course_root):
    root = real_course(course_root)
    victim = submit(root, "victim", json.loads((root / "source" / A / f"{A}.ipynb").read_text()))
    attack = f'''
import glob, os, sqlite3
found = []
for path in ["{root}/source/{A}/{A}.ipynb", "{root}/gradebook.db", "{victim}"]:
    try:
        found.append(open(path).read()[:50])
    except OSError as exc:
        found.append(type(exc).__name__)
try:
    sqlite3.connect("{root}/gradebook.db").execute("update grade set manual_score = 99")
except Exception as exc:
    found.append(type(exc).__name__)
try:
    open("{victim}", "w").write("overwritten")
except OSError as exc:
    found.append(type(exc).__name__)
found.append(str(glob.glob("/tmp/mlsc01-*")))
print("ATTACK", found)
''' + GOOD
    submit(root, "attacker", nb_with_solution(root, attack))
    victim_before = victim.read_bytes()
    source_before = (root / "source" / A / f"{A}.ipynb").read_bytes()
    outcomes = {o.student: o for o in autograde_class(root, A, jobs=2, progress=False, out=lambda *_: None)}
    assert outcomes["victim"].score == 2 and outcomes["attacker"].score == 2
    out = json.loads((root / "autograded" / "attacker" / A / f"{A}.ipynb").read_text())
    text = "".join("".join(o.get("text", "")) for o in out["cells"][2]["outputs"])
    assert "ATTACK" in text
    assert "BEGIN HIDDEN TESTS" not in text and "double is wrong" not in text and "SQLite format" not in text
    assert victim.read_bytes() == victim_before and (root / "source" / A / f"{A}.ipynb").read_bytes() == source_before
    with sqlite3.connect(root / "gradebook.db") as con:
        assert con.execute("select count(*) from grade where manual_score = 99").fetchone()[0] == 0
    assert "mlsc01-batch" not in text  # other scratch folders in /tmp are out of sight


def test_same_grades_as_sequential_nbgrader_and_deterministic(course_root, tmp_path):
    root = real_course(course_root)
    submit(root, "good", json.loads((root / "source" / A / f"{A}.ipynb").read_text()))
    submit(root, "stub", json.loads((root / "release" / A / f"{A}.ipynb").read_text()))
    submit(root, "wrong", nb_with_solution(root, GOOD.replace("2 * x", "4 if x == 2 else 0")))
    seq = tmp_path / "sequential"
    shutil.copytree(root, seq)

    assert main(["--root", str(root), "autograde", A, "--jobs", "2"]) == 0
    first = cell_scores(root)
    assert main(["--root", str(root), "autograde", A, "--jobs", "2"]) == 0
    assert cell_scores(root) == first  # the same submission, the same grade

    sc = ScratchCourse(seq, seq)
    sc.db_url = f"sqlite:///{seq / 'gradebook.db'}"
    sc.config.CourseDirectory.db_url = sc.db_url
    for s in ("good", "stub", "wrong"):
        assert sc.api().autograde(A, s, force=True, create=True)["success"]
    assert cell_scores(seq) == first
    assert first[("wrong", "D2_1_1-double")] == 0 and first[("good", "D2_1_1-double")] == 2


def cell_scores(root):
    """(student, grade id) -> auto score, read through nbgrader's gradebook API."""
    db_url = f"sqlite:///{root / 'gradebook.db'}"
    with Gradebook(db_url) as gb:
        students = [st.id for st in gb.students]
    return {(st, c.grade_id): c.score for st in students
            for cells in read_scores(db_url, A, st).values() for c in cells}


def test_sandbox_is_built_from_nothing_and_keeps_both_python_prefixes(monkeypatch, tmp_path):
    """Only the system, both Python prefixes (the venv and the interpreter can live apart, e.g. under the
    grader's home or in a course under /tmp) and the named folders are readable; /tmp is private and bounded."""
    import mlsc01.sandbox as sbx

    venv, base = tmp_path / "course" / ".venv", Path("/root/.pyenv/versions/3.11.7")
    monkeypatch.setattr(sbx.sys, "prefix", str(venv))
    monkeypatch.setattr(sbx.sys, "exec_prefix", str(venv))
    monkeypatch.setattr(sbx.sys, "base_prefix", str(base))
    monkeypatch.setattr(sbx.sys, "base_exec_prefix", str(base))
    venv.mkdir(parents=True)
    (tmp_path / "course" / "data").mkdir()
    cmd = sbx.sandbox_prefix([*sbx.env_roots(), tmp_path / "course" / "data"], scratch_mb=64)
    ro = [cmd[i + 1] for i, a in enumerate(cmd) if a == "--ro-bind"]
    assert "/" not in ro and str(Path.home()) not in ro and str(tmp_path / "course") not in ro
    assert str(venv) in ro and str(tmp_path / "course" / "data") in ro and "/usr" in ro
    assert str(base) in ro
    tmp = next(i for i, a in enumerate(cmd) if a == "--tmpfs" and cmd[i + 1] == "/tmp")
    assert cmd[tmp - 2: tmp] == ["--size", str(64 << 20)]
    assert cmd.index(str(venv)) > tmp  # bound after the private /tmp that would hide it
    assert "--unshare-net" in cmd and "--clearenv" in cmd and cmd[cmd.index("--cap-drop") + 1] == "ALL"


@pytest.mark.parametrize("assignment", ["d1-2-data-transformation-etl", "d3-3-custom-deep-learning",
                                        "d4-1-deployment-inference"])
def test_real_assignments_that_start_processes_or_servers_grade_in_the_sandbox(course_root, assignment):
    """D1.2 runs the learner's Processing script and D3.3 their training script in a subprocess, D4.1 serves their
    handler on loopback: all three must work inside the bubblewrap sandbox, untouched releases score 0, and none of
    it looks like tampering."""
    for folder in ("source", "release"):
        shutil.copytree(REPO / folder / assignment, course_root / folder / assignment)
    sc = ScratchCourse(course_root, course_root)
    sc.db_url = f"sqlite:///{course_root / 'gradebook.db'}"
    sc.config.CourseDirectory.db_url = sc.db_url
    assert sc.api().generate_assignment(assignment, force=True, create=True)["success"]
    for student, folder in (("alice", "source"), ("bob", "release")):
        d = course_root / "submitted" / student / assignment
        d.mkdir(parents=True)
        for nb in (REPO / folder / assignment).glob("*.ipynb"):
            shutil.copy(nb, d / nb.name)
    outcomes = {o.student: o for o in autograde_class(course_root, assignment, jobs=2, progress=False,
                                                      out=lambda *_: None)}
    alice, bob = outcomes["alice"], outcomes["bob"]
    assert alice.graded and alice.max_score > 0 and alice.score == alice.max_score, alice
    assert bob.graded and bob.score == 0, bob
    assert alice.tamper == [] and bob.tamper == [], (alice.tamper, bob.tamper)
