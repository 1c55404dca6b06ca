import shutil
from pathlib import Path

import pytest

from mlsc01.authoring import code, md, solution, tests, write_notebook

REPO = Path(__file__).resolve().parent.parent

SETUP = "from mlsc01.checks import exercise, expect"
SOLUTION = '''
def double(x):
    """Return twice x."""
    ### BEGIN SOLUTION
    return 2 * x
    ### END SOLUTION
'''
TEST = '''
with exercise("D2_1_1-double"):
    expect(double(2) == 4, "double(2) is wrong")
    ### BEGIN HIDDEN TESTS
    expect(all(double(v) == 2 * v for v in range(-5, 50)), "double is wrong on other inputs")
    ### END HIDDEN TESTS
'''


def fixture_cells(solution_src=SOLUTION, test_src=TEST, grade_id="D2_1_1-double"):
    return [md("# A fixture exercise\n\n*Estimated time: about 5 minutes.*"), code(SETUP), solution("D2_1_1-double-code", solution_src),
            tests(grade_id, 2, test_src)]


def make_course(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "nbgrader_config.py", root / "nbgrader_config.py")
    for d in ("source", "release", "notebooks"):
        (root / d).mkdir(exist_ok=True)
    return root


def add_assignment(root: Path, name: str, cells) -> Path:
    return write_notebook(root / "source" / name / f"{name}.ipynb", cells)


@pytest.fixture
def course_root(tmp_path):
    return make_course(tmp_path / "course")
