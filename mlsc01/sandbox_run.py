"""Execute one notebook inside the sandbox, within hard limits.

Run by :mod:`mlsc01.sandbox` as ``python -m mlsc01.sandbox_run FD INIT_JSON`` under bubblewrap. It starts
the kernel at once (before the notebook arrives, so that a sandbox can be started ahead of need), then reads
the notebook, the submission's other files and the time left on stdin, and writes
``{"nb": ..., "notes": [...], "tamper": [...]}`` to the file descriptor ``FD``.

It executes the way nbgrader's ``Execute`` preprocessor does (an nbclient ``NotebookClient`` with the
course's settings, errors allowed, a reply error recorded when the kernel sent none) without importing
nbgrader, and turns the ways a submission can break the run into error outputs that grade as 0:

- a cell that times out is interrupted; if it has not stopped ``grace`` seconds later its kernel is killed
  (with every process it started) and the remaining cells run in a fresh kernel;
- a kernel that dies (``os._exit``, a crash) is replaced by a fresh one for the remaining cells;
- when the submission's time is up, the running cell is stopped and the remaining cells are not run;
- output beyond ``max_output_bytes`` per cell is cut.

Before each test cell the kernel's tamper guard (:mod:`mlsc01.tamper`) restores the check helpers and the
hooks learner code changed; what it repaired, and test-cell outputs cleared or captured by learner code,
are reported as tamper findings.
"""

from __future__ import annotations

import ast
import asyncio
import base64
import json
import os
import secrets
import signal
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty

sys.modules.setdefault("rfc3987_syntax", None)


def _without_jsonschema() -> None:
    """nbformat imports jsonschema (most of this process's start-up), but validates with fastjsonschema and
    asks jsonschema only to explain an invalid notebook: stand-ins keep every sandbox's start light."""
    if "jsonschema" in sys.modules:
        return
    import types

    js, exc = types.ModuleType("jsonschema"), types.ModuleType("jsonschema.exceptions")

    class ValidationError(Exception):
        pass

    class Draft4Validator:
        def __init__(self, *args, **kwargs):
            pass

        def iter_errors(self, *args, **kwargs):
            return iter(())

    exc.ValidationError, exc.ErrorTree = ValidationError, type("ErrorTree", (), {})
    js.ValidationError, js.Draft4Validator, js.exceptions = ValidationError, Draft4Validator, exc
    sys.modules.update({"jsonschema": js, "jsonschema.exceptions": exc})

NOT_RUN = "NotRunError"


class CellStuck(Exception):
    """A cell did not stop after the interrupt."""


def _error(ename: str, evalue: str):
    import nbformat

    return nbformat.from_dict({"output_type": "error", "ename": ename, "evalue": evalue,
                               "traceback": [f"{ename}: {evalue}"]})


def _is_test(cell) -> bool:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return bool(meta.get("grade")) and not meta.get("solution")


def _label(index: int, cell) -> str:
    gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    return f"cell {index + 1}" + (f" ({gid})" if gid else "")


def setup_imports(cell) -> list[list]:
    """[name, module, attribute or None] bound by the import statements of a setup cell (a code cell that
    is neither an answer nor a test): the names test cells rely on."""
    out = []
    meta = cell.get("metadata", {}).get("nbgrader", {})
    if cell.cell_type == "code" and not (meta.get("solution") or meta.get("grade")):
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            return out
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    out.append([a.asname or a.name.split(".")[0], a.name if a.asname else a.name.split(".")[0], None])
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for a in node.names:
                    if a.name != "*":
                        out.append([a.asname or a.name, node.module, a.name])
    return out


class Grader:
    def __init__(self, init: dict):
        self.settings = init.get("settings", {})
        self.sandboxed = bool(init.get("sandboxed"))
        self.guard = bool(init.get("guard", True))
        self.workdir = init.get("workdir") or tempfile.mkdtemp(prefix="mlsc01-run-")
        os.makedirs(self.workdir, exist_ok=True)
        os.chdir(self.workdir)
        self.notes: list[str] = []
        self.tamper: list[dict] = []
        self.deadline = float("inf")
        self.grace = 5.0
        self.client = None
        self.start_error: str | None = None

    # -- the kernel ------------------------------------------------------------------------------------
    def make_client(self, nb):
        from nbclient import NotebookClient
        from nbclient.util import ensure_async

        grader = self
        cut: dict[int, bool] = {}

        class GradingClient(NotebookClient):
            """nbclient as nbgrader's Execute configures it, plus hard limits and an output cap per cell."""

            async def _async_poll_for_reply(self, msg_id, cell, timeout, task_poll_output_msg,
                                            task_poll_kernel_alive):
                # interrupt early enough that a kill after the grace still lands before the deadline
                limit = min(timeout or float("inf"), grader.deadline - grader.grace - 1 - time.monotonic())
                due = time.monotonic() + max(limit, 0.0)
                interrupted = False
                while True:
                    try:
                        wait = max(0.0, due - time.monotonic())
                        msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=wait))
                    except Empty:
                        await self._async_check_alive()
                        if interrupted or not self.interrupt_on_timeout:
                            task_poll_kernel_alive.cancel()
                            task_poll_output_msg.cancel()
                            raise CellStuck() from None
                        await ensure_async(self.km.interrupt_kernel())
                        interrupted = True
                        due = time.monotonic() + grader.grace
                        continue
                    if msg["parent_header"].get("msg_id") != msg_id:
                        continue
                    try:
                        left = max(0.1, min(self.iopub_timeout, grader.deadline - time.monotonic() + 1))
                        await asyncio.wait_for(task_poll_output_msg, left)
                    except (TimeoutError, Empty):
                        task_poll_output_msg.cancel()
                    task_poll_kernel_alive.cancel()
                    if interrupted:
                        msg["mlsc01_interrupted"] = True
                    return msg

            def output(self, outs, msg, display_id, cell_index):
                out = super().output(outs, msg, display_id, cell_index)
                max_bytes = grader.max_bytes
                if cut.get(cell_index):
                    if out is not None and outs and outs[-1] is out:
                        outs.pop()  # already over the limit: drop everything after the note
                    return None
                size = sum(len(json.dumps(o)) for o in outs)
                if size > max_bytes:
                    last = outs[-1]
                    if last.get("output_type") == "stream":
                        last["text"] = last["text"][: max(0, len(last["text"]) - (size - max_bytes))]
                    else:
                        outs.pop()
                    import nbformat

                    outs.append(nbformat.from_dict({"output_type": "stream", "name": "stderr",
                                                    "text": f"\n[output cut at {max_bytes} bytes]\n"}))
                    cut[cell_index] = True
                return out

            def clear_output(self, outs, msg, cell_index):
                if _is_test(self.nb.cells[cell_index]):
                    grader.flag(cell_index, "learner code cleared a test cell's output")
                    return
                super().clear_output(outs, msg, cell_index)

            def _update_display_id(self, display_id, msg):
                cells = self._display_id_map.get(display_id, {})
                if any(_is_test(self.nb.cells[i]) for i in cells):
                    grader.flag(min(cells), "learner code updated a display inside a test cell's output")
                    return
                super()._update_display_id(display_id, msg)

            def register_output_hook(self, msg_id, hook):
                grader.flag(None, "learner code captured cell output with an output widget (ignored)")

        settings = {k: v for k, v in self.settings.items()}
        settings.setdefault("kernel_name", "python3")
        return GradingClient(nb, resources={"metadata": {"path": self.workdir}}, allow_errors=True,
                             shutdown_kernel="immediate", on_cell_executed=self.on_cell_executed_hook(),
                             **settings)

    async def start_kernel(self, nb) -> None:
        self.client = self.make_client(nb)
        c = self.client
        c.km = c.create_kernel_manager()
        startup = min(float(c.startup_timeout), max(1.0, self.deadline - time.monotonic()))
        c.startup_timeout = int(startup) if startup != float("inf") else c.startup_timeout
        await c.async_start_new_kernel(cwd=self.workdir)
        await c.async_start_new_kernel_client()
        msg_id = c.kc.kernel_info()
        info = await self._reply(msg_id, 30)
        if info and "language_info" in info["content"]:
            self.language_info = info["content"]["language_info"]
        if self.guard:
            await self._silent("__import__('mlsc01.tamper', fromlist=['_']).install()", 60)

    async def kill_kernel(self) -> None:
        """Kill the kernel and every process it started (the whole sandbox but this process and its init)."""
        c = self.client
        if c is None:
            return
        if self.sandboxed and os.getpid() != 1 and Path("/proc/1/comm").read_text().strip() == "bwrap":
            try:
                os.kill(-1, signal.SIGKILL)  # inside the sandbox's PID namespace: all but us and bwrap
            except ProcessLookupError:
                pass  # nothing left (the kernel died by itself)
        try:
            await c._async_cleanup_kernel()
        except Exception:
            pass
        self.client = None

    async def _reply(self, msg_id: str, timeout: float):
        kc = self.client.kc
        due = time.monotonic() + timeout
        while True:
            try:
                msg = await kc.shell_channel.get_msg(timeout=max(0.01, due - time.monotonic()))
            except Empty:
                return None
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg

    async def _silent(self, code: str, timeout: float, expressions: dict | None = None):
        msg_id = self.client.kc.execute(code, silent=True, store_history=False,
                                        user_expressions=expressions or {}, stop_on_error=False)
        return await self._reply(msg_id, timeout)

    # -- tamper guard ----------------------------------------------------------------------------------
    def flag(self, index, what: str) -> None:
        gid = None
        if index is not None:
            gid = self.nb.cells[index].get("metadata", {}).get("nbgrader", {}).get("grade_id")
        item = {"cell": index, "grade_id": gid, "what": what}
        if item not in self.tamper:
            self.tamper.append(item)

    async def guard_test(self, index: int) -> None:
        nonce = secrets.token_hex(8)
        code = f"__import__('mlsc01.tamper', fromlist=['_']).before_test({nonce!r}, {self.names!r})"
        expr = {"r": f"__import__('mlsc01.tamper', fromlist=['_']).result({nonce!r}, {self.names!r})"}
        reply = await self._silent(code, max(1.0, min(10.0, self.deadline - time.monotonic())), expr)
        data = None
        if reply and reply["content"].get("status") == "ok":
            r = reply["content"].get("user_expressions", {}).get("r", {})
            try:
                data = json.loads(ast.literal_eval(r.get("data", {}).get("text/plain", "")))
            except (ValueError, SyntaxError, TypeError):
                data = None
        if reply is None:
            # No answer in time (a loaded grader): no verdict either way; the static scan still reads the code.
            return
        if not isinstance(data, dict) or data.get("nonce") != nonce:
            self.flag(index, "the grading check before this test cell did not run (the kernel's execution "
                             "machinery was changed)")
            return
        for what in data.get("repaired", []):
            self.flag(index, f"{what} (restored before the test)")

    # -- the notebook ----------------------------------------------------------------------------------
    async def run(self, payload: dict) -> dict:
        import nbformat
        from nbformat.v4.rwbase import rejoin_lines

        nb = self.nb = rejoin_lines(nbformat.from_dict(payload["nb"]))
        self.deadline = time.monotonic() + float(payload.get("seconds", 300))
        self.grace = float(payload.get("grace", 5))
        limit = payload.get("limit", "?")
        self.names = []  # the setup imports run in the current kernel
        for rel, data in payload.get("files", {}).items():
            target = Path(self.workdir) / rel
            if Path(os.path.normpath(target)).is_relative_to(self.workdir):
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(base64.b64decode(data))
        if self.client is not None:
            self.client.nb = nb
        count = 0
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            if time.monotonic() >= self.deadline - self.grace - 1.5:
                self.mark_rest(nb, index, f"not run: the submission did not finish within its time limit ({limit} s)")
                self.notes.append(f"time limit ({limit} s) reached before {_label(index, cell)}: "
                                  "the cells from there on were not run")
                break
            if self.client is None:
                self.names = []
                try:
                    await self.start_kernel(nb)
                except Exception as exc:
                    self.mark_rest(nb, index, f"not run: a kernel could not be started ({type(exc).__name__})")
                    self.notes.append(f"no kernel could be started for {_label(index, cell)} on: {exc}"[:300])
                    break
            if self.guard and _is_test(cell):
                await self.guard_test(index)
            count += 1
            self.names += setup_imports(cell)
            try:
                await self.client.async_execute_cell(cell, index, execution_count=count)
            except CellStuck:
                over = time.monotonic() >= self.deadline - self.grace - 1.5
                await self.kill_kernel()
                why = "the submission's time limit was reached" if over else "it timed out"
                cell.outputs.append(_error("CellTimeoutError", f"{_label(index, cell)} did not stop after the "
                                                              f"interrupt ({why}): its kernel was killed"))
                self.notes.append(f"{_label(index, cell)} did not stop after the interrupt: kernel killed, "
                                  "the remaining cells ran in a fresh kernel")
            except Exception as exc:  # DeadKernelError: os._exit(), a crash; or the run itself broke
                from nbclient.exceptions import DeadKernelError

                await self.kill_kernel()
                died = isinstance(exc, DeadKernelError)
                what = "the kernel died while running this cell" if died else "this cell could not be run"
                cell.outputs.append(_error("DeadKernelError" if died else NOT_RUN,
                                           f"{what} ({type(exc).__name__}: {str(exc)[:200]})"))
                self.notes.append(f"{'the kernel died' if died else 'the run failed'} in {_label(index, cell)}: "
                                  "the remaining cells ran in a fresh kernel")
        if self.guard:
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                texts = "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")
                if _is_test(cell) and cell.cell_type == "code" and "with exercise(" in cell.source and not any(
                        o.get("output_type") == "error" for o in cell.outputs) and "✓" not in texts and (
                        "[output cut at" not in texts):
                    self.flag(index, "a test cell passed without its check reporting a pass")
        if getattr(self, "language_info", None):
            nb.metadata["language_info"] = self.language_info
        return {"nb": nb, "notes": self.notes, "tamper": self.tamper}

    @staticmethod
    def mark_rest(nb, first: int, reason: str) -> None:
        for cell in nb.cells[first:]:
            if cell.cell_type == "code":
                cell.outputs = [_error(NOT_RUN, reason)]

    def on_cell_executed_hook(self):
        def on_cell_executed(cell, cell_index, execute_reply):
            # as nbgrader.preprocessors.Execute: a reply error with no matching output (a timeout) is recorded
            content = execute_reply["content"]
            if execute_reply.get("mlsc01_interrupted"):
                self.notes.append(f"{_label(cell_index, cell)} timed out and was interrupted")
            if content["status"] == "error" and not any(
                    o.output_type == "error" and o.ename == content["ename"] for o in cell.outputs):
                import nbformat

                cell.outputs.append(nbformat.from_dict({
                    "output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                    "traceback": content["traceback"] or ["ERROR: An error occurred while showtraceback was disabled"]}))
        return on_cell_executed


async def _main(fd: int, init: dict) -> dict | None:
    import nbformat

    grader = Grader(init)
    grader.max_bytes = 1_000_000
    placeholder = nbformat.from_dict({"cells": [], "nbformat": 4, "nbformat_minor": 5, "metadata": {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}})
    grader.nb = placeholder
    try:
        await grader.start_kernel(placeholder)
    except Exception as exc:  # reported when the notebook arrives; a fresh start is tried then
        grader.start_error = f"{type(exc).__name__}: {exc}"
        await grader.kill_kernel()
    raw = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    if not raw.strip():
        return None  # a warm sandbox that was not needed
    payload = json.loads(raw)
    grader.max_bytes = int(payload.get("max_output_bytes", 1_000_000))
    result = await grader.run(payload)
    if not grader.sandboxed and grader.client is not None:
        await grader.client._async_cleanup_kernel()
    return result


def main() -> int:
    _without_jsonschema()

    fd, init = int(sys.argv[1]), json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    result = asyncio.run(_main(fd, init))
    if result is not None:
        out = json.dumps({"nb": result["nb"], "notes": result["notes"],
                          "tamper": result["tamper"]})
        # the result goes to its own pipe, which the kernel does not inherit (its prints cannot mix into it)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(out)
    sys.stdout.flush()
    if init.get("sandboxed"):
        os._exit(0)  # bwrap ends the kernel with the sandbox: no graceful shutdown to wait for
    return 0


if __name__ == "__main__":
    sys.exit(main())
