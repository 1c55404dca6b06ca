"""The gradebook in PostgreSQL: `CourseDirectory.db_url` from MLSC01_DB_URL, the same grades as in SQLite for the
same submissions through `mlsc01 autograde --jobs 2`, and `mlsc01 report` reading either."""

import csv
import json
import shutil

import pytest
from conftest import REPO, add_assignment, fixture_cells
from nbgrader.api import Gradebook
from servers import postgres_bin, postgres_server

from mlsc01.batch import autograde_class
from mlsc01.cli import main
from mlsc01.grading import ScratchCourse, course_db_url, load_course_config, read_scores
from mlsc01.sandbox import bwrap_works

A = "fx-good"


def test_db_url_comes_from_the_environment_else_sqlite_in_the_course(monkeypatch, tmp_path):
    monkeypatch.delenv("MLSC01_DB_URL", raising=False)
    assert course_db_url(tmp_path, load_course_config(REPO)) == f"sqlite:///{tmp_path / 'gradebook.db'}"
    url = "postgresql+psycopg://mlsc01:secret@db.example.org:5432/mlsc01"
    monkeypatch.setenv("MLSC01_DB_URL", url)
    assert course_db_url(tmp_path, load_course_config(REPO)) == url
    monkeypatch.setenv("MLSC01_DB_URL", "")  # set but empty: the embedded default
    assert load_course_config(REPO).CourseDirectory.db_url == "sqlite:///gradebook.db"


needs_pg = pytest.mark.skipif(postgres_bin() is None, reason="PostgreSQL's initdb is not installed "
                              "(apt-get install postgresql; scripts/test.sh does it as root)")
needs_bwrap = pytest.mark.skipif(not bwrap_works(), reason="bubblewrap is needed (apt-get install bubblewrap)")


def submissions(root):
    src = json.loads((root / "source" / A / f"{A}.ipynb").read_text())
    rel = json.loads((root / "release" / A / f"{A}.ipynb").read_text())
    wrong = json.loads(json.dumps(rel))
    wrong["cells"][2]["source"] = "def double(x):\n    return x + 2\n"  # right on 2, wrong elsewhere
    for student, nb in (("ana", src), ("ben", wrong), ("cem", rel)):
        d = root / "submitted" / student / A
        d.mkdir(parents=True)
        (d / f"{A}.ipynb").write_text(json.dumps(nb))


def generate(root, db_url):
    sc = ScratchCourse(root, root)
    sc.db_url = db_url
    sc.config.CourseDirectory.db_url = db_url
    assert sc.api().generate_assignment(A, force=True, create=True)["success"]


def all_scores(db_url):
    with Gradebook(db_url) as gb:
        students = sorted(s.id for s in gb.students)
    return {(s, c.grade_id): (c.score, c.max_score) for s in students
            for cells in read_scores(db_url, A, s).values() for c in cells}


@needs_pg
@needs_bwrap
def test_postgres_gradebook_holds_the_same_grades_as_sqlite(course_root, tmp_path, monkeypatch, capsys):
    add_assignment(course_root, A, fixture_cells())
    sqlite_url = f"sqlite:///{course_root / 'gradebook.db'}"
    monkeypatch.delenv("MLSC01_DB_URL", raising=False)
    generate(course_root, sqlite_url)
    submissions(course_root)
    lite = autograde_class(course_root, A, jobs=2, progress=False, out=lambda *_: None)
    assert all(o.graded for o in lite)
    shutil.rmtree(course_root / "autograded")

    with postgres_server() as pg:
        monkeypatch.setenv("MLSC01_DB_URL", pg.url)  # what nbgrader_config.py turns into CourseDirectory.db_url
        generate(course_root, pg.url)
        pgout = autograde_class(course_root, A, jobs=2, progress=False, out=lambda *_: None)
        assert [(o.student, o.score, o.graded) for o in pgout] == [(o.student, o.score, o.graded) for o in lite]
        assert {o.student: o.score for o in pgout} == {"ana": 2, "ben": 0, "cem": 0}
        pg_scores = all_scores(pg.url)
        assert pg_scores == all_scores(sqlite_url) and len(pg_scores) == 3

        reports = {}
        for kind, args in (("pg", []), ("sqlite", ["--db", str(course_root / "gradebook.db")])):
            out = tmp_path / kind
            assert main(["--root", str(course_root), "report", "--out", str(out), *args]) == 0
            reports[kind] = list(csv.reader((out / "goals_by_student.csv").open()))
        assert reports["pg"] == reports["sqlite"]
        assert {r[0]: r[1] for r in reports["pg"][1:]} == {"ana": "1.000", "ben": "0.000", "cem": "0.000",
                                                          "class mean": "0.333"}
