"""Check the relative links of a workspace's notebooks: every file they name exists, every anchor is a heading.

Links are read from markdown cells (``[text](url)``, ``![alt](url)``, reference links, and ``href``/``src`` in
inline HTML). External links (with a scheme: ``https:``, ``mailto:``, …) are not checked. A relative link
must name a file inside the workspace (JupyterLab cannot open one outside its root); a fragment
(``lesson.ipynb#1.1-Parse-the-types`` or ``#Section`` in the same notebook) must name a heading of the target
notebook or markdown file, or an explicit ``id``/``name`` in its HTML.

Heading anchors are computed as JupyterLab 4.6 makes them (``@jupyterlab/rendermime``, ``createHeaderId``):
the rendered heading's text content with every space replaced by ``-`` — so markup is dropped (emphasis,
code, link syntax), entities are decoded, and nothing else changes (case, dots, ``§``, ``:`` stay).
``tests/test_browser.py`` compares these with the ids JupyterLab puts in the page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat

HTML_REF = re.compile(r"""\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
HTML_ID = re.compile(r"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


@dataclass(frozen=True)
class BrokenLink:
    source: Path  # the notebook (or markdown file) holding the link
    cell: int  # markdown cell index (0 for a markdown file)
    target: str  # the link as written
    reason: str

    def __str__(self) -> str:
        return f"{self.source} cell {self.cell}: [{self.target}] {self.reason}"


@lru_cache(maxsize=1)
def _parser():
    import mistune

    return mistune.create_markdown(renderer=None, plugins=["table", "strikethrough"])


def _text(tokens) -> str:
    """The text content of rendered inline tokens (what ``element.textContent`` gives in the browser)."""
    out = []
    for t in tokens or []:
        kind = t.get("type")
        if kind == "text":
            out.append(html.unescape(t.get("raw", "")))
        elif kind == "codespan":
            out.append(t.get("raw", ""))
        elif kind in ("softbreak", "linebreak"):
            out.append("\n")
        elif kind in ("inline_html", "image"):
            continue
        else:
            out.append(_text(t.get("children")))
    return "".join(out)


def heading_anchor(text: str) -> str:
    """The anchor JupyterLab gives a heading written as ``text`` (markdown, without the leading ``#``)."""
    tokens = _parser()(f"# {text}")
    return _text(tokens[0].get("children")).strip().replace(" ", "-") if tokens else ""


def _walk(tokens):
    for t in tokens or []:
        yield t
        yield from _walk(t.get("children"))


def markdown_anchors(source: str) -> set[str]:
    found = set()
    for t in _walk(_parser()(source)):
        if t.get("type") == "heading":
            found.add(_text(t.get("children")).strip().replace(" ", "-"))
        elif t.get("type") in ("inline_html", "block_html"):
            found.update(a or b for a, b in HTML_ID.findall(t.get("raw", "")))
    return found


def markdown_links(source: str) -> list[str]:
    out = []
    for t in _walk(_parser()(source)):
        if t.get("type") in ("link", "image"):
            out.append(t.get("attrs", {}).get("url", ""))
        elif t.get("type") in ("inline_html", "block_html"):
            out.extend(a or b for a, b in HTML_REF.findall(t.get("raw", "")))
    return out


def _markdown_cells(path: Path) -> list[tuple[int, str]]:
    if path.suffix == ".md":
        return [(0, path.read_text("utf-8"))]
    nb = nbformat.read(str(path), as_version=4)
    return [(i, c.source) for i, c in enumerate(nb.cells) if c.cell_type == "markdown"]


@lru_cache(maxsize=256)
def _anchors_of(path: Path, mtime: float) -> frozenset[str]:
    found: set[str] = set()
    for _, src in _markdown_cells(path):
        found |= markdown_anchors(src)
    return frozenset(found)


def anchors_of(path: Path) -> frozenset[str]:
    """Every anchor a notebook or markdown file offers (its headings, explicit HTML ids)."""
    path = Path(path).resolve()
    return _anchors_of(path, path.stat().st_mtime)


def check_file(path: Path, root: Path) -> tuple[list[BrokenLink], int]:
    """Broken relative links of one notebook (or .md file) whose links must stay inside ``root``."""
    path, root = Path(path).resolve(), Path(root).resolve()
    broken, checked = [], 0
    try:
        cells = _markdown_cells(path)
    except Exception as exc:
        return [BrokenLink(path, 0, "", f"cannot be read ({type(exc).__name__})")], 0
    for i, src in cells:
        for url in markdown_links(src):
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not url.strip():
                continue  # external (https:, mailto:, data:) or empty
            checked += 1
            fragment = unquote(parts.fragment)
            if parts.path.startswith("/"):
                broken.append(BrokenLink(path, i, url, "an absolute path: JupyterLab resolves links relative to "
                                                       "the notebook, write a relative one"))
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if not target.is_relative_to(root):
                broken.append(BrokenLink(path, i, url, f"points outside {root}, which JupyterLab cannot open"))
                continue
            if not target.exists():
                broken.append(BrokenLink(path, i, url, f"no file {target.relative_to(root)}"))
                continue
            if fragment and target.suffix in (".ipynb", ".md"):
                have = anchors_of(target)
                if fragment not in have:
                    close = sorted(a for a in have if a.lower().startswith(fragment.lower()[:3]))[:5]
                    hint = f"; headings there: {', '.join(close)}" if close else ""
                    broken.append(BrokenLink(path, i, url, f"no heading #{fragment} in "
                                                           f"{target.relative_to(root)}{hint}"))
    return broken, checked


def check_workspace(workspace: Path) -> tuple[list[BrokenLink], int]:
    """Check every notebook of the workspace (checkpoints and bookkeeping folders skipped)."""
    workspace = Path(workspace).resolve()
    broken, checked = [], 0
    for path in sorted(workspace.rglob("*.ipynb")):
        rel = path.relative_to(workspace).parts
        if any(p.startswith(".") for p in rel) or path.name.endswith(".partial"):
            continue
        b, n = check_file(path, workspace)
        broken += b
        checked += n
    return broken, checked
