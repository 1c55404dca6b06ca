"""Execute one notebook inside the sandbox: notebook JSON and settings on stdin, the executed notebook
written to the file descriptor named by the first argument.

Run by :mod:`mlsc01.sandbox` as ``python -m mlsc01.sandbox_run FD`` under bubblewrap. It executes the way
nbgrader's ``Execute`` preprocessor does (an nbclient ``NotebookClient`` with the course's settings, errors
allowed, a reply error recorded when the kernel sent none), without importing nbgrader (2 s saved per
submission), and turns the ways a submission can break the run into error outputs that grade as 0:
a dead kernel (``os._exit``, a crash), a run that cannot finish, and a flood of output (cut).
"""

from __future__ import annotations

import json
import os
import sys

sys.modules.setdefault("rfc3987_syntax", None)

NOT_RUN = "NotRunError"


def _mark_unexecuted(nb, reason: str, first: int) -> None:
    """Every code cell from index ``first`` on (the one running when things broke, and all after) fails."""
    import nbformat

    for cell in nb.cells[first:]:
        if cell.cell_type == "code":
            cell.outputs = [nbformat.from_dict({"output_type": "error", "ename": NOT_RUN, "evalue": reason,
                                                "traceback": [f"{NOT_RUN}: {reason}"]})]


def main() -> int:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    payload = json.loads(sys.stdin.read())
    nb = nbformat.from_dict(payload["nb"])
    settings = payload["settings"]
    max_bytes = int(payload.get("max_output_bytes", 1_000_000))
    started: list[int] = []
    cut: dict[int, bool] = {}

    class GradingClient(NotebookClient):
        """nbclient as nbgrader's Execute configures it, plus an output cap per cell."""

        def output(self, outs, msg, display_id, cell_index):
            out = super().output(outs, msg, display_id, cell_index)
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
                outs.append(nbformat.from_dict({"output_type": "stream", "name": "stderr",
                                                "text": f"\n[output cut at {max_bytes} bytes]\n"}))
                cut[cell_index] = True
            return out

    def on_cell_start(cell, cell_index):
        started.append(cell_index)

    def on_cell_executed(cell, cell_index, execute_reply):
        # as nbgrader.preprocessors.Execute: a reply error with no matching output (a timeout) is recorded
        content = execute_reply["content"]
        if content["status"] == "error" and not any(
                o.output_type == "error" and o.ename == content["ename"] for o in cell.outputs):
            cell.outputs.append(nbformat.from_dict({
                "output_type": "error", "ename": content["ename"], "evalue": content["evalue"],
                "traceback": content["traceback"] or ["ERROR: An error occurred while showtraceback was disabled"]}))

    client = GradingClient(nb, resources={"metadata": {"path": os.getcwd()}}, on_cell_start=on_cell_start,
                           on_cell_executed=on_cell_executed, **settings)
    try:
        client.execute()
    except DeadKernelError as exc:
        _mark_unexecuted(nb, f"the kernel died while running this notebook ({str(exc)[:200]})",
                         started[-1] if started else 0)
    except Exception as exc:  # a timeout the interrupt could not end, a kernel that never started
        _mark_unexecuted(nb, f"execution stopped: {type(exc).__name__}: {str(exc)[:300]}",
                         started[-1] if started else 0)
    out = nbformat.writes(nb)
    # the result goes to its own pipe, which the kernel does not inherit (its prints cannot mix into it)
    with os.fdopen(int(sys.argv[1]), "w", encoding="utf-8") as fh:
        fh.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
