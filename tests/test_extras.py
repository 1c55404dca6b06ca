"""Optional extra lessons (mlsc01.extras): their names, the detection of what they need, verify's skip and budget,
and the course home listing them as optional."""

import json
import sys
import tomllib

import pytest
from conftest import REPO, add_assignment, fixture_cells

from mlsc01 import verify
from mlsc01.authoring import code, md, write_notebook
from mlsc01.cli import main
from mlsc01.extras import EXTRAS, Extra, extra_of, java_major, missing, skip_message


def test_an_extra_lesson_is_named_assignment_dash_extra():
    a = "d1-2-data-transformation-etl"
    assert extra_of(f"notebooks/{a}-spark.ipynb", a) == "spark"
    assert extra_of(f"notebooks/{a}.ipynb", a) is None
    assert extra_of(f"notebooks/{a}-part1.ipynb", a) is None          # not a declared extra
    assert extra_of(f"notebooks/{a}-spark.ipynb", "d1-1-data-storage-ingestion") is None


def test_every_extra_is_a_pinned_optional_dependency():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins = {line.split("==")[0].lower() for line in (REPO / "constraints.txt").read_text().splitlines() if "==" in line}
    for name, extra in EXTRAS.items():
        reqs = project["optional-dependencies"].get(name)
        assert reqs, f"pyproject.toml has no optional extra {name!r}"
        assert any(r.lower().startswith(extra.module) for r in reqs) and extra.module in pins
        assert extra.budget_s > 0 and extra.title


@pytest.mark.parametrize("text, major", [
    ('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment', 17),
    ('java version "21" 2023-09-19 LTS', 21),
    ('java version "1.8.0_392"', 8),
    ('openjdk version "11.0.2" 2019-01-15', 11),
    ("command not found", None)])
def test_java_major_version(text, major):
    assert java_major(text) == major


def fake_java(folder, version):
    """A `java` that prints a version banner on stderr, as the real one does."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "java"
    exe.write_text(f"#!/bin/sh\necho 'openjdk version \"{version}\" 2025-04-15' >&2\n")
    exe.chmod(0o755)
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="a shell-script java")
def test_detection_names_what_is_missing(tmp_path):
    found = lambda name: object()  # noqa: E731  the module is "installed"
    assert missing("spark", find_spec=lambda name: None) == "pyspark is not installed"
    assert missing("spark", env={"PATH": str(tmp_path / "empty")}, find_spec=found) == "no java on PATH"
    assert missing("spark", env={"PATH": "", "JAVA_HOME": str(tmp_path / "nojdk")}, find_spec=found) \
        == "no java at $JAVA_HOME/bin/java"
    old = fake_java(tmp_path / "jdk11" / "bin", "11.0.2")
    assert missing("spark", env={"PATH": str(old)}, find_spec=found) == f"{old / 'java'} is Java 11"
    new = fake_java(tmp_path / "jdk17" / "bin", "17.0.15")
    assert missing("spark", env={"PATH": str(new)}, find_spec=found) is None
    assert missing("spark", env={"PATH": str(old), "JAVA_HOME": str(tmp_path / "jdk17")}, find_spec=found) is None
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "java").write_text("#!/bin/sh\nexit 1\n")
    (broken / "java").chmod(0o755)
    assert missing("spark", env={"PATH": str(broken)}, find_spec=found) == f"{broken / 'java'} -version failed"


def test_the_skip_message_is_one_line_that_says_what_enables_the_lesson():
    msg = skip_message("spark", "pyspark is not installed")
    assert msg == "skipped: the Spark lesson needs Java 17 and `pip install '.[spark]'` (pyspark is not installed)"
    assert "\n" not in msg


@pytest.fixture
def two_extras(monkeypatch):
    """`spark` whose module is missing here, and `fake` whose requirements are met (json imports, no Java)."""
    monkeypatch.setitem(EXTRAS, "spark", Extra(module="mlsc01_no_such_module", java=17, budget_s=90.0, title="Spark lesson"))
    monkeypatch.setitem(EXTRAS, "fake", Extra(module="json", java=None, budget_s=90.0, title="Fake lesson"))


def test_verify_skips_a_missing_extra_and_runs_an_installed_one_with_its_own_budget(course_root, two_extras, monkeypatch):
    add_assignment(course_root, "fx-good", fixture_cells())
    lesson = [md("# Lesson\n\n*Estimated time: about 30 minutes.*"), code("x = 1")]
    for name in ("fx-good", "fx-good-spark", "fx-good-fake"):
        write_notebook(course_root / "notebooks" / f"{name}.ipynb", lesson)
    assert main(["--root", str(course_root), "release", "fx-good"]) == 0
    monkeypatch.setattr(verify, "LESSON_BUDGET_S", 0.0)  # every lesson is over it; the extra has its own 90 s
    lines = []
    rc = verify.verify(course_root, jobs=1, out=lines.append, progress=False)
    text = "\n".join(lines)
    assert rc == 0, text
    rows = {line.split()[0]: line for line in text.splitlines() if line.startswith("notebooks/")}
    assert rows["notebooks/fx-good-spark.ipynb"].split()[1:3] == ["optional", "lesson"]
    assert rows["notebooks/fx-good-spark.ipynb"].rstrip().endswith("skipped")
    assert "notebooks/fx-good-spark.ipynb: skipped: the Spark lesson needs Java 17 and `pip install '.[spark]'` " \
           "(mlsc01_no_such_module is not installed)" in text
    assert rows["notebooks/fx-good-fake.ipynb"].rstrip().endswith("ok")
    assert "warning: notebooks/fx-good.ipynb: took" in text and "warning: notebooks/fx-good-fake.ipynb" not in text


def test_verify_reports_a_failing_extra_lesson(course_root, two_extras):
    add_assignment(course_root, "fx-good", fixture_cells())
    write_notebook(course_root / "notebooks" / "fx-good-fake.ipynb",
                   [md("# Lesson\n\n*Estimated time: about 30 minutes.*"), code("raise ValueError('extra is broken')")])
    assert main(["--root", str(course_root), "release", "fx-good"]) == 0
    lines = []
    assert verify.verify(course_root, jobs=1, out=lines.append, progress=False) == 1
    assert "notebooks/fx-good-fake.ipynb: fails to execute" in "\n".join(lines)


def test_the_course_home_lists_an_extra_lesson_as_optional(tmp_path, two_extras):
    from mlsc01.home import home_notebook

    root = tmp_path / "course"
    a = "d1-2-data-transformation-etl"
    (root / "source" / a).mkdir(parents=True)
    write_notebook(root / "notebooks" / f"{a}.ipynb", [md("# L\n\n*Estimated time: about 80 minutes.*")])
    write_notebook(root / "notebooks" / f"{a}-spark.ipynb", [md("# S\n\n*Estimated time: about 35 minutes.*")])
    text = "\n".join(c.source for c in home_notebook(root, tmp_path / "ws").cells)
    line = next(t for t in text.splitlines() if t.startswith("Study:") and a in t)
    assert line == (f"Study: [lesson](lessons/{a}.ipynb) (about 80 min) · in all about 80 min · optional: "
                    f"[Spark lesson](lessons/{a}-spark.ipynb) (about 35 min; needs Java 17 and `pip install '.[spark]'`)")


def test_the_spark_lesson_says_it_is_optional():
    nb = json.loads((REPO / "notebooks" / "d1-2-data-transformation-etl-spark.ipynb").read_text())
    assert extra_of("d1-2-data-transformation-etl-spark.ipynb", "d1-2-data-transformation-etl") == "spark"
    assert "optional" in "".join(nb["cells"][0]["source"]).lower()
