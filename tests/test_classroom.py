"""The whole nbgrader classroom flow on one machine, three students: each gets only their own feedback."""

import json

from conftest import add_assignment, fixture_cells
from nbgrader.apps import NbGraderAPI
from nbgrader.auth import Authenticator
from nbgrader.coursedir import CourseDirectory
from nbgrader.exchange.default import (
    ExchangeCollect,
    ExchangeFetchAssignment,
    ExchangeFetchFeedback,
    ExchangeReleaseAssignment,
    ExchangeReleaseFeedback,
    ExchangeSubmit,
)

from mlsc01.grading import load_course_config, prepare_nbgrader

A = "fx-good"


def run(cls, cfg, assignment=A):
    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = assignment
    app = cls(coursedir=coursedir, authenticator=Authenticator(config=cfg), config=cfg)
    app.start()
    return app


def test_three_students_full_exchange_flow(course_root, tmp_path):
    prepare_nbgrader()
    add_assignment(course_root, A, fixture_cells())
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)

    teacher = load_course_config(course_root)
    teacher.CourseDirectory.root = str(course_root)
    teacher.CourseDirectory.db_url = f"sqlite:///{course_root / 'gradebook.db'}"
    teacher.Exchange.root = str(exchange)
    teacher.CollectApp.check_owner = False
    teacher.ExchangeCollect.check_owner = False
    api = NbGraderAPI(coursedir=CourseDirectory(config=teacher), config=teacher)
    assert api.generate_assignment(A)["success"]
    run(ExchangeReleaseAssignment, teacher)

    students = {"ana": "return 2 * x", "ben": "return x + x", "cem": "return 3 * x"}
    configs = {}
    for name, body in students.items():
        cfg = load_course_config(course_root)
        cfg.CourseDirectory.course_id = teacher.CourseDirectory.course_id
        cfg.CourseDirectory.student_id = name
        cfg.Exchange.root = str(exchange)
        cfg.Exchange.cache = str(tmp_path / name / ".cache")       # a cache of their own: no shared feedback
        cfg.Exchange.assignment_dir = str(tmp_path / name)
        configs[name] = cfg
        run(ExchangeFetchAssignment, cfg)
        path = tmp_path / name / A / f"{A}.ipynb"
        nb = json.loads(path.read_text())
        nb["cells"][2]["source"] = f"def double(x):\n    {body}  # {name}'s answer\n"
        path.write_text(json.dumps(nb))
        run(ExchangeSubmit, cfg)

    run(ExchangeCollect, teacher)
    for name in students:
        assert (course_root / "submitted" / name / A / f"{A}.ipynb").is_file()
        assert api.autograde(A, name)["success"]
        assert api.generate_feedback(A, name)["success"]
    run(ExchangeReleaseFeedback, teacher)

    for name, cfg in configs.items():
        run(ExchangeFetchFeedback, cfg)
        html = [p.read_text() for p in (tmp_path / name / A / "feedback").rglob("*.html")]
        assert len(html) == 1, name
        assert f"{name}'s answer" in html[0]
        assert all(f"{other}'s answer" not in html[0] for other in students if other != name)
        assert "double is wrong on other inputs" not in html[0] or name == "cem"
        assert "range(-5, 50)" not in html[0]  # no hidden test code in anyone's feedback
    with api.gradebook as gb:
        scores = {s: gb.find_submission(A, s).score for s in students}
    assert scores == {"ana": 2, "ben": 2, "cem": 0}
