"""The budgeted CI sample (mlsc01.cisample): recently changed assignments first, then a rotation per commit."""

import subprocess

import pytest

from mlsc01 import cisample
from mlsc01.course import CourseError

NAMES = [f"d9-{i}-topic" for i in range(1, 8)]  # 7 assignments


def git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    for a in NAMES:
        (tmp_path / "source" / a).mkdir(parents=True)
        (tmp_path / "source" / a / f"{a}.ipynb").write_text("{}")
    (tmp_path / "nbgrader_config.py").write_text("")
    git(tmp_path, "init", "-q")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "all")
    return tmp_path


def commit(root, path, text="x"):
    (root / path).parent.mkdir(parents=True, exist_ok=True)
    (root / path).write_text(text)
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", f"change {path}")


def test_paths_map_to_their_assignment():
    known = {"d1-1-data-storage-ingestion", "d1-2-data-transformation-etl"}
    assert cisample.assignment_of("source/d1-1-data-storage-ingestion/x-part1.ipynb", known) == "d1-1-data-storage-ingestion"
    assert cisample.assignment_of("tests/answers/d1-2-data-transformation-etl/D1_2_1-x/wrong-a.py", known) \
        == "d1-2-data-transformation-etl"
    assert cisample.assignment_of("notebooks/d1-2-data-transformation-etl-spark.ipynb", known) \
        == "d1-2-data-transformation-etl"
    assert cisample.assignment_of("mlsc01/items/d1-1-data-storage-ingestion.toml", known) == "d1-1-data-storage-ingestion"
    assert cisample.assignment_of("mlsc01/checks.py", known) is None
    assert cisample.assignment_of("docs/authoring.md", known) is None


def test_changed_assignments_come_first_and_the_rest_rotates(repo):
    commit(repo, "mlsc01/items/d9-6-topic.toml")
    commit(repo, "tests/answers/d9-2-topic/D9_2_1-x/wrong-a.py")
    first = cisample.sample(repo, 3)
    assert len(first) == 3 and {"d9-6-topic", "d9-2-topic"} <= set(first)
    assert cisample.sample(repo, 3) == first  # the same commit, the same sample
    # commits that touch no assignment: the windows rotate until every assignment has come round
    covered = set()
    for i in range(12):
        commit(repo, "docs/notes.md", str(i))
        covered |= set(cisample.sample(repo, 3))
    assert covered == set(NAMES)


def test_size_covering_everything_and_zero_mean_all(repo):
    assert cisample.sample(repo, 7) == NAMES
    assert cisample.sample(repo, 0) == NAMES


def test_without_git_the_rotation_still_gives_a_sample(repo):
    subprocess.run(["rm", "-rf", str(repo / ".git")], check=True)
    got = cisample.sample(repo, 3)
    assert len(got) == 3 and set(got) <= set(NAMES)


def test_the_environment_names_the_sample(repo, monkeypatch):
    monkeypatch.delenv(cisample.ENV, raising=False)
    assert cisample.from_env(repo) == NAMES
    monkeypatch.setenv(cisample.ENV, "d9-3-topic,d9-1-topic")
    assert cisample.from_env(repo) == ["d9-1-topic", "d9-3-topic"]
    monkeypatch.setenv(cisample.ENV, "all")
    assert cisample.from_env(repo) == NAMES
    monkeypatch.setenv(cisample.ENV, "d9-9-nothing")
    with pytest.raises(CourseError, match="unknown assignments"):
        cisample.from_env(repo)
