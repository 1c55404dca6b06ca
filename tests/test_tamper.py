"""The static tamper scan: each way of touching the grading machinery is found; honest code is not."""

import nbformat
import pytest
from conftest import REPO

from mlsc01.tamper import protected_names, scan_notebook, scan_source

SETUP = ("import os\nimport numpy as np\nimport pandas as pd\n\n"
         "from mlsc01.checks import exercise, expect, expect_close\n")
PROTECTED = protected_names(nbformat.from_dict({"cells": [{"cell_type": "code", "source": SETUP, "metadata": {}}]}))

PATTERNS = {
    "rebind a helper": "expect = lambda *a, **k: None",
    "def a helper": "def expect(*a, **k):\n    pass",
    "tuple rebinding": "exercise, x = None, 1",
    "globals()": "globals()['expect'] = print",
    "import over a helper": "from contextlib import nullcontext as exercise",
    "module attribute": "import mlsc01.checks\nmlsc01.checks.expect = print",
    "module alias": "from mlsc01 import checks as c\nc.expect_close = print",
    "setattr": "import mlsc01.checks as m\nsetattr(m, 'expect', print)",
    "exception class": "class CheckFailed(Exception):\n    pass",
    "exception attribute": "CheckFailed.__init__ = lambda *a: None",
    "helper code": "expect.__code__ = (lambda c, m: None).__code__",
    "sys.modules": "import sys\nsys.modules.pop('mlsc01.checks')",
    "builtins": "import builtins\nbuiltins.print = lambda *a: None",
    "__builtins__": "__builtins__.isinstance = lambda *a: True",
    "run_cell": "get_ipython().run_cell = lambda *a, **k: None",
    "shell alias": "ip = get_ipython()\nip.showtraceback = lambda *a, **k: None",
    "InteractiveShell": "from IPython.core.interactiveshell import InteractiveShell\nInteractiveShell.run_cell = None",
    "custom exc": "get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)",
    "event hook": "get_ipython().events.register('post_run_cell', print)",
    "displayhook": "import sys\nsys.displayhook = print",
    "excepthook": "import sys\nsys.excepthook = print",
    "stderr": "import sys\nsys.stderr = open('/dev/null', 'w')",
    "clear outputs": "from IPython.display import clear_output\nclear_output()",
    "user_ns": "get_ipython().user_ns['expect'] = print",
    "trace": "import sys\nsys.settrace(lambda *a: None)",
    "getattr string": "import mlsc01\ngetattr(mlsc01, 'checks').CheckFailed = Exception",
}


@pytest.mark.parametrize("name", PATTERNS)
def test_each_pattern_is_flagged(name):
    assert scan_source(PATTERNS[name], PROTECTED), name


HONEST = [
    "import numpy as np\nimport pandas as pd\n\ndef cast_types(df):\n    out = df.copy()\n    return out",
    "from sklearn.model_selection import train_test_split\n\ndef f(df, target):\n    return train_test_split(df)",
    "import sys\nprint('progress', file=sys.stderr)\nprint(sys.version)",
    "class Model:\n    def __init__(self):\n        self.events = []\n        self.session = None\n",
    "import os\nos.environ.setdefault('OMP_NUM_THREADS', '1')\npd.options.display.max_rows = 20",
    "d = {}\nd.update(a=1)\nfor expect_value in range(3):\n    pass",
    "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([1, 2])",
    "def expected_value(p):\n    return sum(p)\n",
]


@pytest.mark.parametrize("source", HONEST)
def test_honest_code_is_not_flagged(source):
    assert scan_source(source, PROTECTED) == []


def test_reference_solutions_and_setup_of_every_notebook_are_not_flagged():
    notebooks = sorted((REPO / "source").glob("*/*.ipynb"))
    assert len(notebooks) >= 30
    test_cells = 0
    for path in notebooks:
        nb = nbformat.read(str(path), as_version=4)
        test_cells += sum(1 for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")
                          and not c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code")
        assert scan_notebook(nb) == [], path.name
        release = nbformat.read(str(REPO / "release" / path.parent.name / path.name), as_version=4)
        assert scan_notebook(release) == [], path.name  # the untouched stubs neither
    assert test_cells >= 50


def test_honest_answers_in_the_answer_corpus_are_not_flagged():
    from mlsc01.answer_corpus import read_answers

    answers, _ = read_answers(REPO)          # whole files and edit files, as the corpus test runs them
    if not answers:
        pytest.skip("no answer corpus in tests/answers yet")
    for ans in answers:
        assert scan_source(ans.source, PROTECTED) == [], ans.rel


def test_test_cells_are_not_scanned_but_answer_cells_and_added_cells_are():
    cells = [nbformat.v4.new_code_cell(SETUP),
             nbformat.v4.new_code_cell("expect = print", metadata={"nbgrader": {"solution": True, "grade": False,
                                                                               "grade_id": "a-code"}}),
             nbformat.v4.new_code_cell("import builtins", metadata={"nbgrader": {"grade": True, "solution": False,
                                                                                "locked": True, "grade_id": "a"}}),
             nbformat.v4.new_code_cell("import sys\nsys.modules.clear()")]
    found = scan_notebook(nbformat.v4.new_notebook(cells=cells))
    assert {(i, gid) for i, gid, _ in found} == {(1, "a-code"), (3, None)}


def test_finders_that_imports_add_are_not_tampering_but_a_removed_one_is():
    import sys

    from mlsc01 import tamper

    class Finder:  # what botocore's vendored six appends on import
        def find_spec(self, *args, **kwargs):
            return None

    tamper.install()
    extra = Finder()
    sys.meta_path.append(extra)
    try:
        assert not [r for r in tamper._repair([]) if "meta_path" in r]
        first = sys.meta_path.pop(0)
        repaired = tamper._repair([])
        assert any("meta_path" in r for r in repaired)
        assert sys.meta_path[0] is first and extra in sys.meta_path
    finally:
        sys.meta_path.remove(extra)


def test_hooks_defined_in_a_notebook_are_told_apart_from_library_hooks():
    from mlsc01.tamper import _defined_in_notebook

    ns = {}
    exec(compile("def hook(*a):\n    pass\n", "/tmp/ipykernel_123/456.py", "exec"), ns)
    assert _defined_in_notebook(ns["hook"]) and _defined_in_notebook(print)
    import json
    assert not _defined_in_notebook(json.dumps)
