"""Run learner notebooks away from everything else: bubblewrap, a private copy of the submission,
a memory limit, and nbgrader preprocessors that plug this into ``nbgrader autograde``.

Inside the sandbox the course folder (source notebooks with hidden tests, the gradebook, other students'
submissions) is replaced by an empty folder, ``/tmp`` is private, the network is gone, and the only
writable place is a scratch copy of the student's own files. The course's Python environment stays
readable (read-only) so that the kernel can start.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import nbformat
from nbgrader.preprocessors import Execute
from traitlets import Bool, Integer, Unicode

BWRAP = shutil.which("bwrap")


def bwrap_works() -> bool:
    if not BWRAP:
        return False
    try:
        return subprocess.run([BWRAP, "--ro-bind", "/", "/", "--unshare-net", "true"], capture_output=True,
                              timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def sandbox_prefix(workdir: Path, hide: list[Path]) -> list[str]:
    """bwrap arguments: read-only root, ``hide`` folders and /tmp emptied, private /tmp, no network.

    This Python environment and the course package stay readable, even when they live inside a hidden
    folder or under /tmp (a course checked out in /tmp).
    """
    keep = [Path(sys.prefix).resolve(), Path(__file__).resolve().parent]
    tmp = Path("/tmp")
    emptied = [tmp, *(p for p in (Path(h).resolve() for h in hide) if tmp not in p.parents)]
    cmd = [BWRAP, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
           "--unshare-net", "--unshare-pid", "--unshare-ipc", "--die-with-parent", "--new-session"]
    for e in emptied:
        cmd += ["--tmpfs", str(e)]
    for k in keep:
        if any(k == e or e in k.parents for e in emptied):
            cmd += ["--ro-bind", str(k), str(k)]
    cmd += ["--bind", str(workdir), str(workdir), "--chdir", str(workdir),
            "--setenv", "HOME", "/tmp", "--setenv", "JUPYTER_RUNTIME_DIR", "/tmp/jupyter-runtime",
            "--setenv", "IPYTHONDIR", "/tmp/ipython", "--setenv", "MPLCONFIGDIR", "/tmp/matplotlib",
            "--setenv", "MPLBACKEND", "Agg"]
    return cmd


def _copy_support_files(src: Path, dest: Path) -> None:
    """The submission's files except notebooks (the notebook being run holds the hidden tests)."""
    for path in src.rglob("*"):
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            target = dest / path.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)


class SandboxExecute(Execute):
    """nbgrader's Execute step, run in a bubblewrap sandbox with a memory limit."""

    hide = Unicode("", help="os.pathsep-separated folders to hide from learner code").tag(config=True)
    memory_mb = Integer(6144, help="address-space limit for the notebook's processes (MiB)").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="output kept per cell").tag(config=True)
    require_sandbox = Bool(True, help="fail instead of running unsandboxed when bubblewrap is missing").tag(config=True)

    def _settings(self) -> dict:
        names = ("timeout", "interrupt_on_timeout", "raise_on_iopub_timeout", "iopub_timeout", "startup_timeout",
                 "allow_errors", "kernel_name", "error_on_timeout", "extra_arguments", "timeout_func")
        out = {}
        for n in names:
            if self.has_trait(n):
                v = getattr(self, n)
                if n == "timeout_func" or v is None or callable(v):
                    continue
                out[n] = v
        return out

    def preprocess(self, nb, resources):
        path = Path(resources.get("metadata", {}).get("path") or os.getcwd())
        workdir = Path(tempfile.mkdtemp(prefix="mlsc01-run-"))
        try:
            _copy_support_files(path, workdir)
            payload = json.dumps({"nb": nb, "settings": self._settings(), "max_output_bytes": self.max_output_bytes})
            if BWRAP:
                hide = [Path(p) for p in self.hide.split(os.pathsep) if p]
                cmd = sandbox_prefix(workdir, hide)
            elif self.require_sandbox:
                raise RuntimeError("bubblewrap (bwrap) is not installed: install it (apt-get install bubblewrap) "
                                   "or pass --no-sandbox to grade without isolation")
            else:
                cmd = []
            read_fd, write_fd = os.pipe()
            cmd += [sys.executable, "-m", "mlsc01.sandbox_run", str(write_fd)]
            limit = self.memory_mb * 1024 * 1024
            n_cells = sum(1 for c in nb.cells if c.cell_type == "code")
            overall = (self.timeout or 60) * max(n_cells, 1) + (self.startup_timeout or 60) + 60
            chunks: list[bytes] = []
            reader = threading.Thread(target=lambda: chunks.append(_read_all(read_fd)), daemon=True)
            reader.start()
            try:
                proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, cwd=workdir, pass_fds=(write_fd,),
                                        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)))
            finally:
                os.close(write_fd)
            try:
                _, err = proc.communicate(payload.encode(), timeout=overall)
            except subprocess.TimeoutExpired:
                proc.kill()
                _, err = proc.communicate()
            reader.join(timeout=30)
            os.close(read_fd)
            text = b"".join(chunks).decode("utf-8", "replace")
            if not text:
                last = (err or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or ["no result"]
                raise RuntimeError(f"the sandboxed run returned nothing ({last[0][:300]})")
            executed = nbformat.reads(text, as_version=4)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        for cell, done in zip(nb.cells, executed.cells, strict=True):
            if cell.cell_type == "code":
                cell.outputs = done.outputs
                cell.execution_count = done.get("execution_count")
        return nb, resources


def _read_all(fd: int) -> bytes:
    parts = []
    while True:
        b = os.read(fd, 1 << 20)
        if not b:
            return b"".join(parts)
        parts.append(b)
