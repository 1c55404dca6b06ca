"""Execute one notebook inside the sandbox: notebook JSON and settings on stdin, the executed notebook
written to the file descriptor named by the first argument.

Run by :mod:`mlsc01.sandbox` as ``python -m mlsc01.sandbox_run`` under bubblewrap. It uses nbgrader's own
``Execute`` preprocessor with the course's settings, so outputs are what ``nbgrader autograde`` would get,
and turns the ways a submission can break the run into error outputs that grade as 0:
a dead kernel (``os._exit``, a crash), and a flood of output.
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
    from nbclient.exceptions import DeadKernelError
    from nbgrader.preprocessors import Execute

    payload = json.loads(sys.stdin.read())
    nb = nbformat.from_dict(payload["nb"])
    settings = payload["settings"]
    max_bytes = int(payload.get("max_output_bytes", 1_000_000))

    started: list[int] = []
    cut: dict[int, bool] = {}

    class LimitedExecute(Execute):
        """nbgrader's Execute, but a cell's output stops at ``max_bytes`` (a flood cannot exhaust memory)."""

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

        def on_cell_start(self, **kwargs):
            started.append(kwargs["cell_index"])

    ep = LimitedExecute(**settings)
    resources = {"metadata": {"path": os.getcwd()}}
    try:
        nb, _ = ep.preprocess(nb, resources)
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
