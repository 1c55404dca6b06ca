"""A class with hostile submissions: N honest and M hostile submissions of one assignment, `mlsc01 autograde`.

    .venv/bin/python benchmarks/hostile_batch.py [--assignment d2-1-data-sanitization] [--honest 20]
        [--hostile 10] [--jobs 2] [--timeout 60] [--deadline 300]

The hostile submissions are full solutions with a stall, a fork bomb, a disk filler or a tampering line put
in front of the first answer cell (cycled through the cases below). Prints each submission's outcome and
seconds, the batch time and its bound: every submission within --deadline (plus nbgrader's own seconds).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from autograde_speed import BIN, ENV, build  # noqa: E402

HOSTILE = {
    "sleep-swallow": "import time\nwhile True:\n    try:\n        time.sleep(0.1)\n    except BaseException:\n        pass\n",
    "cpu-swallow": "while True:\n    try:\n        while True:\n            pass\n    except KeyboardInterrupt:\n        pass\n",
    "sigint-ignored": "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n",
    "thread-printer": "import threading, time\ndef _spam():\n    while True:\n        print('spam ' * 50)\n"
                      "        time.sleep(0.001)\nthreading.Thread(target=_spam, daemon=True).start()\n",
    "fork-bomb": "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
    "disk-filler": "try:\n    with open('big.bin', 'wb') as _fh:\n        while True:\n            _fh.write(b'x' * 2**20)\n"
                   "except OSError as _exc:\n    print('disk full', _exc.errno)\n",
    "rebind-helper": "expect = lambda *a, **k: None\n",
    "patch-run-cell": "_ip = get_ipython()\n_orig = _ip.run_cell\n"
                      "_ip.run_cell = lambda raw_cell, *a, **k: _orig('pass', *a, **k)\n",
    "sys-modules": "import sys, types\nsys.modules['mlsc01.checks'] = types.ModuleType('mlsc01.checks')\n",
    "secret-reader": "import glob\nprint('FOUND', glob.glob('/root/*') + glob.glob('/home/*/*') + glob.glob('/work/*'))\n",
}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--assignment", default="d2-1-data-sanitization")
    p.add_argument("--honest", type=int, default=20)
    p.add_argument("--hostile", type=int, default=10)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--timeout", type=int, default=60, help="per-cell timeout (s)")
    p.add_argument("--deadline", type=int, default=300, help="per-submission limit (s)")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mlsc01-hostile-"))
    try:
        course = work / "course"
        build(course, args.assignment, args.honest)
        with (course / "nbgrader_config.py").open("a") as fh:
            fh.write(f"\nc.Execute.timeout = {args.timeout}\nc.SandboxExecute.submission_timeout = {args.deadline}\n")
        names = list(HOSTILE)
        src = next((course / "source" / args.assignment).glob("*.ipynb"))
        for i in range(args.hostile):
            case = names[i % len(names)]
            nb = json.loads(src.read_text())
            first = next(c for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("solution"))
            first["source"] = HOSTILE[case] + "".join(first["source"])
            dest = course / "submitted" / f"hostile{i:02d}-{case}" / args.assignment
            dest.mkdir(parents=True)
            (dest / src.name).write_text(json.dumps(nb))
        t = time.perf_counter()
        res = subprocess.run([BIN / "mlsc01", "autograde", args.assignment, "--jobs", str(args.jobs)], cwd=course,
                             capture_output=True, text=True, env=ENV)
        took = time.perf_counter() - t
        print(res.stdout[-20000:])
        n = args.honest + args.hostile
        print(f"{args.honest} honest + {args.hostile} hostile submissions, --jobs {args.jobs}: {took:.1f} s "
              f"(per-cell timeout {args.timeout} s, per-submission limit {args.deadline} s; "
              f"bound {n / args.jobs * args.deadline:.0f} s if every submission used its whole limit)")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
