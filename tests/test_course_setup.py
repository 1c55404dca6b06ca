"""A fresh course: nbgrader's generated files are git-ignored, the config has an absolute root and an exchange."""

import shutil
import subprocess

import pytest
from conftest import REPO, make_course

from mlsc01.grading import load_course_config


@pytest.mark.skipif(not shutil.which("git") or not (REPO / ".git").exists(), reason="needs a git checkout")
def test_nbgrader_outputs_are_ignored_and_autograded_is_kept():
    def ignored(path):
        return subprocess.run(["git", "check-ignore", "-q", path], cwd=REPO).returncode == 0

    for path in ("grades.csv", "gradebook.db", "feedback/x/a.html", "submitted/ada/a/a.ipynb",
                 "exchange/mlsc01/inbound/x", "autograded/ada/a/a.ipynb", "workspace/a.ipynb", "reports/x.png"):
        assert ignored(path), path
    assert not ignored("autograded/.gitkeep") and (REPO / "autograded" / ".gitkeep").is_file()


def test_a_fresh_course_has_an_absolute_root_and_an_exchange(tmp_path):
    course = make_course(tmp_path / "fresh")
    assert not (course / "exchange").exists()
    config = load_course_config(course)
    assert config.CourseDirectory.root == str(course)  # absolute: no "'.' is not absolute" warning
    assert config.Exchange.root == str(course / "exchange") and (course / "exchange").is_dir()  # no banner
