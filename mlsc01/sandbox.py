"""Run learner notebooks away from everything else: a bubblewrap sandbox built from nothing, hard time,
process, memory and disk limits, and an nbgrader preprocessor that plugs this into ``nbgrader autograde``.

Inside the sandbox learner code can read only the Python environment (``sys.prefix`` and
``sys.base_prefix``, wherever they live), the system libraries (``/usr``), the course package and the
course's ``data/``; it writes only to a private, size-bounded ``/tmp`` holding its own copy of the
submission's files; it has no network but loopback, no capabilities, a clean environment, a process limit
(a pids cgroup where the machine has one), an address-space limit, and a hard deadline per submission.

A sandbox and its kernel are started before they are needed ("warm"), while nbgrader does its own work on
the notebook, so that the next submission does not wait for a Python start-up and a kernel start.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
from nbgrader.preprocessors import Execute
from traitlets import Bool, Integer, Unicode

BWRAP = shutil.which("bwrap")
WORKDIR = "/tmp/work"  # the submission's private copy, inside the sandbox's bounded /tmp
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_FILES = ("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "timezone", "hosts", "host.conf",
             "nsswitch.conf", "alternatives", "ssl", "ca-certificates", "fonts", "mime.types")
ENV_PASSED = ("LANG", "LC_ALL", "LC_CTYPE", "TZ", "PYTHONHASHSEED", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
              "MKL_NUM_THREADS", "JUPYTER_PLATFORM_DIRS")
TIME_LIMIT_NOTE = "did not finish within the submission's time limit"

# The submission being graded in this process: its clock, and what the runs found (read by mlsc01.batch).
SUBMISSION: dict = {"started": None, "notes": [], "tamper": []}


def begin_submission() -> None:
    SUBMISSION.update(started=time.monotonic(), notes=[], tamper=[])


def bwrap_works() -> bool:
    if not BWRAP:
        return False
    try:
        return subprocess.run([BWRAP, "--ro-bind", "/", "/", "--unshare-net", "true"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def env_roots() -> list[Path]:
    """What learner code may read besides the system: the Python environment and the course package."""
    here = Path(__file__).resolve().parent
    found = [Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix)]
    return _outermost([*found, here])


def _outermost(paths: list[Path]) -> list[Path]:
    """Drop duplicates and paths inside another one (or inside the system folders, bound anyway)."""
    out: list[Path] = []
    for p in sorted(set(paths), key=lambda p: len(p.parts)):
        if any(p == q or q in p.parents for q in out) or any(str(p).startswith(d + "/") for d in SYSTEM_DIRS):
            continue
        out.append(p)
    return out


def sandbox_prefix(readable: list[Path], scratch_mb: int = 512, shm_mb: int = 64) -> list[str]:
    """bwrap arguments for a sandbox made from nothing: read-only system, Python and ``readable``; a private
    ``/tmp`` of ``scratch_mb`` MiB; no network but loopback, no capabilities, no inherited environment."""
    cmd = [BWRAP, "--unshare-pid", "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
           "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv"]
    for d in SYSTEM_DIRS:
        p = Path(d)
        if p.is_symlink():
            cmd += ["--symlink", os.readlink(p), d]
        elif p.is_dir():
            cmd += ["--ro-bind", d, d]
    for name in ETC_FILES:
        p = Path("/etc") / name
        if p.exists():
            cmd += ["--ro-bind", str(p), str(p)]
    cmd += ["--dev", "/dev", "--size", str(shm_mb << 20), "--tmpfs", "/dev/shm", "--proc", "/proc",
            "--size", str(scratch_mb << 20), "--tmpfs", "/tmp"]
    for p in _outermost([Path(r).resolve() for r in readable]):  # after /tmp: a course checked out under /tmp
        if p.exists():
            cmd += ["--ro-bind", str(p), str(p)]
    cmd += ["--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/tmp"]
    env = {k: os.environ[k] for k in ENV_PASSED if k in os.environ}
    env.update(HOME="/tmp", USER="learner", PATH=f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
               JUPYTER_RUNTIME_DIR="/tmp/.jupyter-runtime", IPYTHONDIR="/tmp/.ipython",
               MPLCONFIGDIR="/tmp/.matplotlib", MPLBACKEND="Agg", PYTHONDONTWRITEBYTECODE="1")
    for k, v in env.items():
        cmd += ["--setenv", k, v]
    return cmd


# ---- process limit: a pids cgroup (RLIMIT_NPROC does not apply to root) ------------------------------

def _cgroup_base() -> Path | None:
    """A folder for per-sandbox pids cgroups under this process's own cgroup, or None where none can be made."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if "pids" in controllers.split(","):
            base = Path("/sys/fs/cgroup/pids") / path.lstrip("/")
            break
        if controllers == "" and "pids" in _read(Path("/sys/fs/cgroup") / path.lstrip("/") / "cgroup.subtree_control"):
            base = Path("/sys/fs/cgroup") / path.lstrip("/")
            break
    else:
        return None
    try:
        folder = base / "mlsc01-grading"
        folder.mkdir(exist_ok=True)
        return folder if (folder / "cgroup.procs").exists() else None
    except OSError:
        return None


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


_CGROUP_BASE: Path | None | bool = False
_counter = itertools.count()


def process_limit_kind() -> str:
    """How the process limit is enforced here (said in autograde's output)."""
    global _CGROUP_BASE
    if _CGROUP_BASE is False:
        _CGROUP_BASE = _cgroup_base()
    if _CGROUP_BASE:
        return "pids cgroup"
    return "RLIMIT_NPROC" if os.geteuid() != 0 else "none (root without a pids cgroup: only the deadline stops a fork bomb)"


def _new_cgroup(max_processes: int) -> Path | None:
    if process_limit_kind() != "pids cgroup":
        return None
    base = _CGROUP_BASE
    for old in (d for d in base.iterdir() if d.is_dir()):  # sweep what dead workers left behind
        try:
            os.kill(int(old.name.split("-")[0]), 0)
        except (ValueError, ProcessLookupError):
            _remove_cgroup(old)
        except PermissionError:
            pass
    group = base / f"{os.getpid()}-{next(_counter)}"
    try:
        group.mkdir()
        (group / "pids.max").write_text(str(max_processes))
        return group
    except OSError:
        return None


def _remove_cgroup(group: Path | None) -> None:
    if group is None:
        return
    for _ in range(50):
        pids = _read(group / "cgroup.procs").split()
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(int(pid), signal.SIGKILL)
            except (ProcessLookupError, ValueError):
                pass
        time.sleep(0.02)
    try:
        group.rmdir()
    except OSError:
        pass


# ---- one sandboxed run ------------------------------------------------------------------------------

class Run:
    """A started sandbox: ``python -m mlsc01.sandbox_run`` with its kernel starting, waiting for a notebook."""

    def __init__(self, key: tuple, init: dict, readable: list[Path], *, sandbox: bool, memory_mb: int,
                 max_processes: int, scratch_mb: int):
        self.key = key
        self.group = _new_cgroup(max_processes) if sandbox else None
        limit = memory_mb << 20
        group, nproc = self.group, None
        if sandbox and group is None and os.geteuid() != 0:
            nproc = max_processes + _user_processes()

        def limits():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            if group is not None:
                (group / "cgroup.procs").write_text(str(os.getpid()))
            elif nproc:
                resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))

        prefix = sandbox_prefix(readable, scratch_mb) if sandbox else []
        self.read_fd, write_fd = os.pipe()
        init = dict(init, sandboxed=sandbox, workdir=WORKDIR if sandbox else None)
        cmd = [*prefix, sys.executable, "-m", "mlsc01.sandbox_run", str(write_fd), json.dumps(init)]
        self.chunks: list[bytes] = []
        self.reader = threading.Thread(target=lambda: self.chunks.append(_read_all(self.read_fd)), daemon=True)
        self.reader.start()
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, pass_fds=(write_fd,), preexec_fn=limits,
                                         cwd="/tmp" if sandbox else None)
        finally:
            os.close(write_fd)

    def run(self, payload: dict, seconds: float) -> dict | None:
        """Send the notebook, wait at most ``seconds`` (+ a margin to hand the result back); None if killed."""
        try:
            _, err = self.proc.communicate(json.dumps(payload).encode(), timeout=seconds + 5)
        except subprocess.TimeoutExpired:
            self.kill()
            return None
        finally:
            self.close()
        text = b"".join(self.chunks).decode("utf-8", "replace")
        if not text:
            last = (err or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or ["no result"]
            raise RuntimeError(f"the sandboxed run returned nothing ({last[0][:300]})")
        return json.loads(text)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.communicate(timeout=10)
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
        self.close()

    def close(self) -> None:
        _remove_cgroup(self.group)
        self.group = None
        self.reader.join(timeout=10)
        try:
            os.close(self.read_fd)
        except OSError:
            pass


def _user_processes() -> int:
    uid = os.getuid()
    return sum(1 for p in Path("/proc").iterdir() if p.name.isdigit() and _owner(p) == uid)


def _owner(p: Path) -> int:
    try:
        return p.stat().st_uid
    except OSError:
        return -1


_WARM: dict = {}


def discard_warm() -> None:
    run = _WARM.pop("run", None)
    if run is not None:
        run.kill()


def _take_run(key: tuple, make) -> Run:
    run = _WARM.pop("run", None)
    if run is not None and (run.key != key or run.proc.poll() is not None):
        run.kill()
        run = None
    return run or make()


def _support_files(src: Path) -> dict[str, str]:
    """The submission's files except notebooks (the notebook being run holds the hidden tests), base64."""
    out = {}
    for path in src.rglob("*"):
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            out[str(path.relative_to(src))] = base64.b64encode(path.read_bytes()).decode()
    return out


class SandboxExecute(Execute):
    """nbgrader's Execute step, run in a bubblewrap sandbox with hard limits (the settings are documented in
    nbgrader_config.py)."""

    hide = Unicode("", help="unused: kept for old configurations (the sandbox now shows only what it needs)"
                   ).tag(config=True)
    readable = Unicode("", help="os.pathsep-separated folders learner code may read (the course's data/)"
                       ).tag(config=True)
    memory_mb = Integer(6144, help="address-space limit for the notebook's processes (MiB)").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="output kept per cell").tag(config=True)
    require_sandbox = Bool(True, help="fail instead of running unsandboxed when bubblewrap is missing").tag(config=True)
    submission_timeout = Integer(300, help="seconds a whole submission (all its notebooks) may run").tag(config=True)
    interrupt_grace = Integer(5, help="seconds a timed-out cell gets to stop after the interrupt before its "
                                      "kernel is killed").tag(config=True)
    max_processes = Integer(256, help="processes and threads per sandbox (pids cgroup)").tag(config=True)
    scratch_mb = Integer(512, help="size of the sandbox's private writable /tmp (MiB)").tag(config=True)
    prestart = Bool(True, help="start the next sandbox and kernel while nbgrader finishes this notebook"
                    ).tag(config=True)
    tamper_guard = Bool(True, help="before each test cell, restore check helpers and hooks learner code "
                                   "changed, and report it").tag(config=True)

    def _settings(self) -> dict:
        names = ("timeout", "interrupt_on_timeout", "iopub_timeout", "startup_timeout", "kernel_name",
                 "extra_arguments")
        return {n: getattr(self, n) for n in names if self.has_trait(n) and getattr(self, n) is not None}

    def _make_run(self) -> Run:
        sandbox = bool(BWRAP)
        if not sandbox and self.require_sandbox:
            raise RuntimeError("bubblewrap (bwrap) is not installed: install it (apt-get install bubblewrap) "
                               "or pass --no-sandbox to grade without isolation")
        readable = [*env_roots(), *(Path(p) for p in self.readable.split(os.pathsep) if p)]
        init = {"settings": self._settings(), "guard": self.tamper_guard}
        return Run(self._key(), init, readable, sandbox=sandbox, memory_mb=self.memory_mb,
                   max_processes=self.max_processes, scratch_mb=self.scratch_mb)

    def _key(self) -> tuple:
        return (json.dumps(self._settings(), sort_keys=True), bool(BWRAP), self.memory_mb, self.max_processes,
                self.scratch_mb, self.readable, self.tamper_guard)

    def preprocess(self, nb, resources):
        from .tamper import scan_notebook

        path = Path(resources.get("metadata", {}).get("path") or os.getcwd())
        info = resources.get("nbgrader", {})
        name = info.get("notebook", "notebook")
        started = SUBMISSION["started"] or time.monotonic()
        if SUBMISSION["started"] is None:
            SUBMISSION.update(notes=[], tamper=[])
        seconds = self.submission_timeout - (time.monotonic() - started)
        for index, grade_id, what in scan_notebook(nb):
            SUBMISSION["tamper"].append({"notebook": name, "cell": index, "grade_id": grade_id, "what": what})
        if seconds <= 1:
            _fail_all(nb, f"not run: the submission {TIME_LIMIT_NOTE} ({self.submission_timeout} s)")
            SUBMISSION["notes"].append(f"{name}: not run, the submission's time limit was reached")
            return nb, resources
        run = _take_run(self._key(), self._make_run)
        payload = {"nb": nb, "files": _support_files(path), "seconds": seconds, "grace": self.interrupt_grace,
                   "max_output_bytes": self.max_output_bytes, "name": name, "limit": self.submission_timeout}
        try:
            result = run.run(payload, seconds)
        finally:
            if self.prestart and SUBMISSION.get("prestart", True):
                _WARM["run"] = self._make_run()
        if result is None:  # the sandbox itself had to be killed at the deadline
            _fail_all(nb, f"stopped: the submission {TIME_LIMIT_NOTE} ({self.submission_timeout} s)")
            SUBMISSION["notes"].append(f"{name}: stopped at the submission's time limit")
            return nb, resources
        executed = nbformat.from_dict(result["nb"])
        SUBMISSION["notes"] += [f"{name}: {n}" for n in result.get("notes", [])]
        for t in result.get("tamper", []):
            SUBMISSION["tamper"].append(dict(t, notebook=name))
        for cell, done in zip(nb.cells, executed.cells, strict=True):
            if cell.cell_type == "code":
                cell.outputs = done.outputs
                cell.execution_count = done.get("execution_count")
        nb.metadata["language_info"] = executed.metadata.get("language_info", nb.metadata.get("language_info", {}))
        return nb, resources


def _fail_all(nb, reason: str) -> None:
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [nbformat.from_dict({"output_type": "error", "ename": "NotRunError", "evalue": reason,
                                                "traceback": [f"NotRunError: {reason}"]})]


def _read_all(fd: int) -> bytes:
    parts = []
    while True:
        b = os.read(fd, 1 << 20)
        if not b:
            return b"".join(parts)
        parts.append(b)
