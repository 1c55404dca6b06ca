"""Feedback without hidden tests: an nbgrader preprocessor that removes every hidden-test source line from
the outputs of a graded notebook (tracebacks, printed text), for ``nbgrader generate_feedback``.

nbgrader's ``ClearHiddenTests`` removes hidden tests from the cells, but a failing hidden test's traceback
still prints its lines, and learner code can print its own kernel's input history (jupyter/nbgrader#917).
The hidden lines come from the source cells that the gradebook keeps.
"""

from __future__ import annotations

from nbgrader.preprocessors import NbGraderPreprocessor

REDACTED = "[hidden test]"


def hidden_lines(sources) -> list[str]:
    """Source lines between BEGIN/END HIDDEN TESTS (stripped; short or comment lines skipped)."""
    out, inside = [], False
    for text in sources:
        for line in (text or "").splitlines():
            s = line.strip()
            if s.startswith("### BEGIN HIDDEN TESTS"):
                inside = True
            elif s.startswith("### END HIDDEN TESTS"):
                inside = False
            elif inside and len(s) >= 12 and not s.startswith("#"):
                out.append(s)
    return sorted(set(out), key=len, reverse=True)


def redact_text(text: str, lines: list[str]) -> str:
    for s in lines:
        if s in text:
            text = text.replace(s, REDACTED)
    return text


def redact_outputs(nb, lines: list[str]) -> int:
    """Replace hidden lines in every output of ``nb`` in place; return how many outputs changed."""
    changed = 0
    if not lines:
        return 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            before = repr(out)
            if "text" in out:
                out["text"] = redact_text("".join(out["text"]) if isinstance(out["text"], list) else out["text"], lines)
            if "traceback" in out:
                out["traceback"] = [redact_text(t, lines) for t in out["traceback"]]
            if "evalue" in out:
                out["evalue"] = redact_text(out["evalue"], lines)
            for mime, val in list(out.get("data", {}).items()):
                if mime.startswith("text/") or mime == "application/json":
                    if isinstance(val, str | list):
                        out["data"][mime] = redact_text("".join(val) if isinstance(val, list) else val, lines)
            changed += repr(out) != before
    return changed


class RedactHiddenTests(NbGraderPreprocessor):
    """Remove hidden-test lines from the outputs of a notebook whose feedback is being generated."""

    def preprocess(self, nb, resources):
        from nbgrader.api import Gradebook, MissingEntry

        info = resources.get("nbgrader", {})
        try:
            with Gradebook(info["db_url"]) as gb:
                notebook = gb.find_notebook(info["notebook"], info["assignment"])
                lines = hidden_lines(c.source for c in notebook.source_cells)
        except (KeyError, MissingEntry):
            return nb, resources
        redact_outputs(nb, lines)
        return nb, resources
