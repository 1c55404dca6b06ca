"""`mlsc01 autograde` against submissions written to stall it, read out of the grader's machine, or fool the
tests: each gets a recorded outcome, within the batch's time bound, beside good submissions."""

import json
import time
import uuid
from pathlib import Path

import pytest
from conftest import SETUP, add_assignment, fixture_cells
from nbgrader.api import Gradebook

from mlsc01.authoring import code as code_cell
from mlsc01.batch import autograde_class
from mlsc01.classreport import read_class, write_report
from mlsc01.grading import ScratchCourse
from mlsc01.sandbox import bwrap_works, process_limit_kind

pytestmark = pytest.mark.skipif(not bwrap_works(), reason="bubblewrap is needed (apt-get install bubblewrap)")
A = "fx-good"
GOOD = "\ndef double(x):\n    return 2 * x\n"
TIMEOUT, GRACE, DEADLINE = 3, 2, 30  # short limits for the test, not the production defaults


def course(root: Path) -> Path:
    with (root / "nbgrader_config.py").open("a") as fh:
        fh.write(f"\nc.Execute.timeout = {TIMEOUT}\nc.Execute.iopub_timeout = 3\n"
                 f"c.SandboxExecute.interrupt_grace = {GRACE}\nc.SandboxExecute.submission_timeout = {DEADLINE}\n"
                 "c.SandboxExecute.scratch_mb = 64\nc.SandboxExecute.max_processes = 128\n")
    cells = fixture_cells()
    cells[1] = code_cell("import os\nimport numpy as np\n" + SETUP)  # setup imports of whole modules, as in D2
    add_assignment(root, A, cells)
    sc = ScratchCourse(root, root)
    sc.db_url = f"sqlite:///{root / 'gradebook.db'}"
    sc.config.CourseDirectory.db_url = sc.db_url
    assert sc.api().generate_assignment(A, force=True, create=True)["success"]
    return root


def submit(root: Path, student: str, code: str | None = None) -> None:
    nb = json.loads((root / "source" / A / f"{A}.ipynb").read_text())
    if code is not None:
        nb["cells"][2]["source"] = code
    d = root / "submitted" / student / A
    d.mkdir(parents=True, exist_ok=True)
    (d / f"{A}.ipynb").write_text(json.dumps(nb))


def output_text(root: Path, student: str) -> str:
    nb = json.loads((root / "autograded" / student / A / f"{A}.ipynb").read_text())
    return json.dumps([c.get("outputs", []) for c in nb["cells"]])


STALLS = {
    "sleep-swallow": "import time\nwhile True:\n    try:\n        time.sleep(0.1)\n    except BaseException:\n        pass\n",
    "cpu-swallow": "while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n",
    "sigint-ignored": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n",
    "thread-printer": "import threading, time\ndef spam():\n    while True:\n        print('spam ' * 50)\n"
                      "        time.sleep(0.001)\nthreading.Thread(target=spam, daemon=True).start()\n" + GOOD,
    "fork-bomb": "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
    "disk-filler": "try:\n    with open('big.bin', 'wb') as fh:\n        while True:\n            fh.write(b'x' * 2**20)\n"
                   "except OSError as exc:\n    print('DISK FULL', exc.errno)\n" + GOOD,
}


def test_stalling_submissions_are_bounded_and_recorded_beside_good_ones(course_root):
    root = course(course_root)
    for i in range(2):
        submit(root, f"good{i}")
    for name, code in STALLS.items():
        submit(root, name, code)
    lines: list[str] = []
    started = time.monotonic()
    outcomes = {o.student: o for o in autograde_class(root, A, jobs=2, memory_mb=3072, progress=False,
                                                      out=lines.append)}
    elapsed = time.monotonic() - started
    print("\n".join(lines))
    assert all(o.graded for o in outcomes.values()), lines
    assert outcomes["good0"].score == 2 and outcomes["good1"].score == 2, lines
    for name in ("sleep-swallow", "cpu-swallow", "sigint-ignored", "fork-bomb"):
        assert outcomes[name].score == 0, (name, lines)
    # the interrupt cannot stop these: the kernel is killed, the rest runs in a fresh kernel
    for name in ("sleep-swallow", "cpu-swallow", "sigint-ignored"):
        notes = " ".join(outcomes[name].notes)
        assert "cell 3 (D2_1_1-double-code) did not stop after the interrupt" in notes, (name, notes)
        assert "did not stop after the interrupt" in output_text(root, name)
    assert outcomes["disk-filler"].score == 2 and "DISK FULL" in output_text(root, "disk-filler")
    assert outcomes["thread-printer"].score == 2  # its answer is right; the flood is cut, not graded
    # every submission within its deadline, plus nbgrader's own few seconds
    for o in outcomes.values():
        assert o.seconds < DEADLINE + 15, (o.student, o.seconds)
    assert elapsed < (len(outcomes) / 2 + 1) * (DEADLINE + 15)
    if process_limit_kind() == "pids cgroup":
        assert "process limit: pids cgroup" in lines[0]
    summary = (root / "autograded" / f"{A}-summary.csv").read_text()
    assert "did not stop after the interrupt" in summary


def test_a_submission_sees_only_python_data_and_its_own_files(course_root, tmp_path):
    root = course(course_root)
    (root / "data").mkdir()
    (root / "data" / "shared.csv").write_text("DATA-IS-READABLE\n")
    token = uuid.uuid4().hex  # the secrets' content; the file names carry another id
    home_secret = Path.home() / f".mlsc01-test-secret-{uuid.uuid4().hex}"
    sibling = root.parent / "other-course"
    sibling.mkdir()
    (sibling / "secret.txt").write_text(f"SIBLING-{token}")
    home_secret.write_text(f"HOME-{token}")
    attack = f'''
import os, socket, sys, threading, urllib.request, http.server
found = {{}}
for path in [{str(home_secret)!r}, {str(sibling / "secret.txt")!r}, {str(root / "source" / A / f"{A}.ipynb")!r},
             "/root/.bashrc", "/etc/shadow", {str(root / "nbgrader_config.py")!r}]:
    try:
        found[path] = open(path).read()[:80]
    except OSError as exc:
        found[path] = type(exc).__name__
found["data"] = open({str(root / "data" / "shared.csv")!r}).read().strip()
found["listing"] = sorted(os.listdir("/"))
found["home"] = os.listdir(os.path.expanduser("~"))
found["prefixes"] = [os.path.isdir(sys.prefix), os.path.isdir(sys.base_prefix)]
srv = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
threading.Thread(target=srv.handle_request, daemon=True).start()
open("page.txt", "w").write("LOOPBACK-OK")
found["loopback"] = urllib.request.urlopen(f"http://127.0.0.1:{{srv.server_port}}/page.txt", timeout=5).read().decode()
try:
    socket.create_connection(("1.1.1.1", 80), timeout=3)
    found["net"] = "OPEN"
except OSError as exc:
    found["net"] = "no network"
print("ATTACK", found)
''' + GOOD
    try:
        submit(root, "attacker", attack)
        submit(root, "good")
        outcomes = {o.student: o for o in autograde_class(root, A, jobs=2, progress=False, out=lambda *_: None)}
    finally:
        home_secret.unlink()
    assert outcomes["attacker"].score == 2 and outcomes["good"].score == 2
    text = output_text(root, "attacker")
    assert "ATTACK" in text and token not in text
    assert "DATA-IS-READABLE" in text and "LOOPBACK-OK" in text and "no network" in text
    assert "'prefixes': [True, True]" in text  # both sys.prefix and sys.base_prefix are there
    assert "BEGIN HIDDEN TESTS" not in text and "root:" not in text and "course_id" not in text
    # feedback is generated as usual, and carries no secret either
    sc = ScratchCourse(root, root)
    sc.db_url = f"sqlite:///{root / 'gradebook.db'}"
    sc.config.CourseDirectory.db_url = sc.db_url
    assert sc.api().generate_feedback(A, "attacker")["success"]
    feedback = next((root / "feedback" / "attacker" / A).glob("*.html")).read_text()
    assert "ATTACK" in feedback and token not in feedback


TAMPERS = {
    "rebind-helper": "expect = lambda *a, **k: None\nexercise = __import__('contextlib').nullcontext\n",
    "patch-module": "import mlsc01.checks\nmlsc01.checks.expect = lambda *a, **k: None\n",
    "checkfailed": "class CheckFailed(Exception):\n    pass\n",
    "sys-modules": "import sys, types\nsys.modules['mlsc01.checks'] = types.ModuleType('mlsc01.checks')\n",
    "builtins": "import builtins\nbuiltins.isinstance = lambda *a: True\n",
    "run-cell": "ip = get_ipython()\n_orig = ip.run_cell\n"
                "ip.run_cell = lambda raw_cell, *a, **k: _orig('pass', *a, **k)\n",
    "showtraceback": "get_ipython().showtraceback = lambda *a, **k: None\n",
    "event-hook": "from IPython.display import clear_output\n"
                  "get_ipython().events.register('post_run_cell', lambda r: clear_output())\n",
}


def test_tampering_is_flagged_repaired_and_reported_without_changing_the_score_rules(course_root):
    root = course(course_root)
    submit(root, "good")
    submit(root, "blank", "def double(x):\n    raise NotImplementedError()\n")
    for name, code in TAMPERS.items():
        submit(root, name, code + "def double(x):\n    raise NotImplementedError()\n")  # a blank answer
    lines: list[str] = []
    outcomes = {o.student: o for o in autograde_class(root, A, jobs=2, progress=False, out=lines.append)}
    print("\n".join(lines))
    assert not outcomes["good"].tamper and not outcomes["blank"].tamper, lines
    for name in TAMPERS:
        assert outcomes[name].tamper, (name, lines)
        assert outcomes[name].graded
    # the cheap defence: a blank answer behind a tampered helper still scores 0
    for name in ("rebind-helper", "patch-module", "checkfailed", "sys-modules", "builtins", "showtraceback",
                 "run-cell"):
        assert outcomes[name].score == 0, (name, lines)
    summary = (root / "autograded" / f"{A}-summary.csv").read_text()
    assert "rebinds `expect`" in summary
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        snb = gb.find_submission_notebook(A, A, "patch-module")
        assert snb.flagged
        assert any("Grading integrity" in (c.auto_comment or "") for c in snb.comments)
        assert not gb.find_submission_notebook(A, A, "good").flagged
        assert gb.find_submission(A, "rebind-helper").score == 0  # the score is nbgrader's, untouched
    # mlsc01 report lists them in a section of their own
    rep = read_class(f"sqlite:///{root / 'gradebook.db'}", A)
    paths = write_report(rep, root / "reports")
    listed = paths["tampered"].read_text()
    assert all(f"| {name} | {A} |" in listed for name in TAMPERS) and "| good |" not in listed
